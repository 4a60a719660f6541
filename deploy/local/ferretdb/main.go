// Command ferretdb-local runs FerretDB v1 (a MongoDB wire-protocol server)
// with its SQLite backend, for development and CI only (production uses
// MongoDB; see docs/adr/0001). deploy/local/stack.mjs builds and starts it.
//
// It embeds FerretDB's public `ferretdb` package instead of building
// `cmd/ferretdb`, whose binary, installed with `go install`, panics on a
// missing version file. Telemetry is off in the embedded package.
//
// Write serialization: FerretDB v1 runs an update as read, modify in Go,
// write back, with nothing holding the document in between. Concurrent
// updates of one document therefore lose writes ($inc, $push,
// findAndModify), and a conditional update such as a lease take-over
// `updateOne({_id, owner: null}, {$set: {owner}})` can be won by several
// clients at once — where MongoDB applies each single-document write
// atomically. Unless -serialize-writes=false, FerretDB listens on a private
// Unix socket and this command fronts it with a small wire-protocol proxy on
// the TCP address that lets one write command (insert, update, delete,
// findAndModify, and DDL) per database run at a time. Reads are never held.
package main

import (
	"context"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
	"go.mongodb.org/mongo-driver/bson"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:37017", "TCP address to listen on")
	data := flag.String("data", "data", "directory for the SQLite files (one file per database)")
	level := flag.String("log-level", "warn", "debug, info, warn or error")
	serialize := flag.Bool("serialize-writes", true, "run one write command per database at a time (see the package comment)")
	// FerretDB adds busy_timeout(10000), journal_mode(wal) and auto_vacuum(none)
	// unless given here. BEGIN IMMEDIATE makes concurrent writers queue on the
	// busy timeout instead of failing with SQLITE_BUSY when a read transaction
	// is upgraded to a write one.
	params := flag.String("sqlite-params", "_txlock=immediate&_pragma=busy_timeout(30000)&_pragma=synchronous(normal)",
		"query string of the SQLite URI (modernc.org/sqlite DSN parameters)")
	flag.Parse()

	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(*level)); err != nil {
		fatal(2, "bad -log-level %q: %v", *level, err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lvl}))

	dir, err := filepath.Abs(*data)
	if err == nil {
		err = os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		fatal(1, "data directory %q: %v", *data, err)
	}

	uri := "file:" + dir + "/"
	if p := strings.TrimPrefix(*params, "?"); p != "" {
		uri += "?" + p
	}

	listener := ferretdb.ListenerConfig{TCP: *listen}
	var front net.Listener
	if *serialize {
		// Bind the public port first, so that a taken port fails at once.
		if front, err = net.Listen("tcp", *listen); err != nil {
			fatal(1, "%v", err)
		}
		sockDir, err := os.MkdirTemp("", "ferretdb-local-")
		if err != nil {
			fatal(1, "%v", err)
		}
		defer os.RemoveAll(sockDir)
		listener = ferretdb.ListenerConfig{Unix: filepath.Join(sockDir, "ferretdb.sock")}
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  listener,
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: uri,
		// Our patched SQLite backend pushes down equality and $in on indexed
		// dotted paths soundly (ferretdb.patch); without this, find and
		// aggregate would drop such keys before the backend sees them.
		EnableNestedPushdown: true,
	})
	if err != nil {
		fatal(1, "%v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if front != nil {
		p := &proxy{backend: listener.Unix, logger: logger}
		go p.serve(ctx, front)
	}

	fmt.Fprintf(os.Stderr, "ferretdb-local: FerretDB v1 (SQLite) on %s (serialized writes: %v), data %s\n", *listen, *serialize, uri)
	if err := f.Run(ctx); err != nil && ctx.Err() == nil {
		fatal(1, "%v", err)
	}
}

func fatal(code int, format string, args ...any) {
	fmt.Fprintf(os.Stderr, "ferretdb-local: "+format+"\n", args...)
	os.Exit(code)
}

// proxy forwards MongoDB wire-protocol connections to FerretDB's Unix socket,
// holding a per-database lock from a write command until its reply.
type proxy struct {
	backend string
	logger  *slog.Logger
	locks   sync.Map // database name -> *sync.Mutex
}

func (p *proxy) serve(ctx context.Context, l net.Listener) {
	go func() {
		<-ctx.Done()
		l.Close()
	}()
	for {
		c, err := l.Accept()
		if err != nil {
			if ctx.Err() == nil {
				p.logger.Error("accept", "error", err)
			}
			return
		}
		go p.handle(c)
	}
}

const (
	opMsg       = 2013
	moreToCome  = 1 << 1
	headerBytes = 16
	maxMessage  = 48 << 20
)

// Commands whose first key makes them writes (or DDL) in the MongoDB protocol.
var writeCommands = map[string]bool{
	"insert": true, "update": true, "delete": true, "findAndModify": true, "findandmodify": true,
	"create": true, "createIndexes": true, "drop": true, "dropIndexes": true, "dropDatabase": true,
	"renameCollection": true, "collMod": true,
}

func readMessage(r io.Reader) ([]byte, error) {
	var h [4]byte
	if _, err := io.ReadFull(r, h[:]); err != nil {
		return nil, err
	}
	n := int(int32(binary.LittleEndian.Uint32(h[:])))
	if n < headerBytes || n > maxMessage {
		return nil, fmt.Errorf("bad message length %d", n)
	}
	msg := make([]byte, n)
	copy(msg, h[:])
	_, err := io.ReadFull(r, msg[4:])
	return msg, err
}

// writeTarget returns the database of a write command sent as OP_MSG, or "".
func writeTarget(msg []byte) string {
	if len(msg) < headerBytes+5 || int32(binary.LittleEndian.Uint32(msg[12:])) != opMsg {
		return ""
	}
	flags := binary.LittleEndian.Uint32(msg[headerBytes:])
	if flags&moreToCome != 0 || msg[headerBytes+4] != 0 { // no reply to wait for, or no body first
		return ""
	}
	body := msg[headerBytes+5:] // the body document; document sequences may follow it
	if len(body) < 5 {
		return ""
	}
	if n := int(int32(binary.LittleEndian.Uint32(body))); n >= 5 && n <= len(body) {
		body = body[:n]
	}
	first, err := bson.Raw(body).IndexErr(0)
	if err != nil || !writeCommands[first.Key()] {
		return ""
	}
	db, ok := bson.Raw(body).Lookup("$db").StringValueOK()
	if !ok {
		return ""
	}
	return db
}

func (p *proxy) handle(client net.Conn) {
	defer client.Close()
	server, err := net.Dial("unix", p.backend)
	if err != nil {
		p.logger.Error("dial FerretDB", "error", err)
		return
	}
	defer server.Close()

	w := &pendingWrite{}
	w.changed.L = &w.mu
	defer w.releaseAny()

	done := make(chan struct{})
	go func() { // replies
		defer close(done)
		defer client.Close()
		defer w.releaseAny() // no reply will come: don't keep the database locked
		for {
			msg, err := readMessage(server)
			if err != nil {
				return
			}
			// FerretDB replies once the command has committed, so the lock is
			// released before the client can see the reply and send its next
			// command. Only the reply to the write itself releases it: the
			// reply to an earlier read must not (see pendingWrite).
			w.releaseFor(responseTo(msg))
			if _, err := client.Write(msg); err != nil {
				return
			}
		}
	}()

	for { // requests
		msg, err := readMessage(client)
		if err != nil {
			if !errors.Is(err, io.EOF) {
				p.logger.Debug("client connection", "error", err)
			}
			break
		}
		if db := writeTarget(msg); db != "" {
			v, _ := p.locks.LoadOrStore(db, new(sync.Mutex))
			mu := v.(*sync.Mutex)
			mu.Lock()
			w.hold(mu, requestID(msg))
		}
		if _, err := server.Write(msg); err != nil {
			break
		}
	}
	server.Close()
	<-done
}

func requestID(msg []byte) int32  { return int32(binary.LittleEndian.Uint32(msg[4:])) }
func responseTo(msg []byte) int32 { return int32(binary.LittleEndian.Uint32(msg[8:])) }

// pendingWrite is the database lock of the one write command on a connection
// whose reply is awaited, keyed by the command's requestID.
//
// The proxy used to release it after forwarding *any* reply. A driver sends
// its next command as soon as it has read the previous reply, so after a read
// (find) the next write could lock and register before the reply goroutine
// got from client.Write to its release(): that release then unlocked the
// write's lock, and the write ran unserialized, concurrently with another
// client's read-modify-write of the same documents (both conditional
// updateMany calls matched and modified the same documents; $inc was lost).
// Matching the reply's responseTo to the write's requestID closes that.
type pendingWrite struct {
	mu      sync.Mutex
	changed sync.Cond   // on mu: a write's lock was released
	lock    *sync.Mutex // nil: no write awaits its reply
	id      int32
}

// hold registers the (already locked) database lock of the write with
// request id; a client that pipelines writes waits for the previous reply.
func (w *pendingWrite) hold(lock *sync.Mutex, id int32) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for w.lock != nil {
		w.changed.Wait()
	}
	w.lock, w.id = lock, id
}

// releaseFor unlocks the held lock if the reply answers the write holding it.
func (w *pendingWrite) releaseFor(responseTo int32) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.lock != nil && w.id == responseTo {
		w.unlock()
	}
}

// releaseAny unlocks whatever is held (the connection is closing).
func (w *pendingWrite) releaseAny() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.lock != nil {
		w.unlock()
	}
}

func (w *pendingWrite) unlock() {
	w.lock.Unlock()
	w.lock = nil
	w.changed.Broadcast()
}
