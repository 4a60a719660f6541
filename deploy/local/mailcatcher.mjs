#!/usr/bin/env node
// A real SMTP server on loopback that keeps every mail it receives in memory,
// with a small JSON API to read them: what the letter-delivery tests (and
// people watching `npm start`) look at. Development and tests only; started by
// deploy/local/stack.mjs once `npm ci` has installed smtp-server and mailparser.
//
//   SMTP      127.0.0.1:$LOCAL_SMTP_PORT      (default 11025): any sender, any
//             recipient, AUTH accepted with any credentials, no TLS
//   HTTP API  127.0.0.1:$LOCAL_MAIL_API_PORT  (default 11080)
//     GET    /health                      { status: 'ok', messages: n }
//     GET    /messages[?to=a@b&subject=x] oldest first; `to` matches envelope, To and Cc
//                                         (case-insensitive), `subject` is a substring
//     GET    /messages/:id                one message
//     DELETE /messages                    forget all
//     DELETE /messages/:id                forget one
//   A message: { id, receivedAt, envelope: { from, to[] }, messageId, date, from,
//   to[], cc[], replyTo[], subject, text, html, headers, attachments: [{ filename,
//   contentType, size, contentId, content (base64) }] }
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const smtpPort = Number(process.env.LOCAL_SMTP_PORT || 11025);
const apiPort = Number(process.env.LOCAL_MAIL_API_PORT || 11080);
const MAX_MESSAGES = 5000;
const messages = [];

/** Addresses of a mailparser address field (single, list, or with groups). */
const addresses = (field) =>
  (field ? (Array.isArray(field) ? field : [field]) : [])
    .flatMap((a) => a.value ?? [])
    .flatMap((v) => (v.group ? v.group : [v]))
    .map((v) => v.address)
    .filter(Boolean);

const smtp = new SMTPServer({
  authOptional: true,
  allowInsecureAuth: true,
  onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
  disabledCommands: ['STARTTLS'],
  logger: false,
  size: 25 * 1024 * 1024,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        messages.push({
          id: randomUUID(),
          receivedAt: new Date().toISOString(),
          envelope: {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            to: session.envelope.rcptTo.map((r) => r.address),
          },
          messageId: mail.messageId ?? null,
          date: mail.date ? mail.date.toISOString() : null,
          from: addresses(mail.from)[0] ?? null,
          to: addresses(mail.to),
          cc: addresses(mail.cc),
          replyTo: addresses(mail.replyTo),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          html: mail.html || null,
          headers: Object.fromEntries(
            [...mail.headers].map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
          ),
          attachments: mail.attachments.map((a) => ({
            filename: a.filename ?? null,
            contentType: a.contentType,
            size: a.size,
            contentId: a.contentId ?? null,
            content: a.content.toString('base64'),
          })),
        });
        if (messages.length > MAX_MESSAGES) messages.splice(0, messages.length - MAX_MESSAGES);
        callback();
      })
      .catch(callback);
  },
});

function matches(m, query) {
  const to = query.get('to')?.toLowerCase();
  if (to && ![...m.envelope.to, ...m.to, ...m.cc].some((a) => a.toLowerCase() === to)) {
    return false;
  }
  const subject = query.get('subject');
  return !subject || m.subject.includes(subject);
}

const api = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const send = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const one = /^\/messages\/([\w-]+)$/.exec(url.pathname);
  if (url.pathname === '/health' && req.method === 'GET') {
    return send(200, { status: 'ok', messages: messages.length });
  }
  if (url.pathname === '/messages' && req.method === 'GET') {
    return send(
      200,
      messages.filter((m) => matches(m, url.searchParams)),
    );
  }
  if (url.pathname === '/messages' && req.method === 'DELETE') {
    const deleted = messages.length;
    messages.length = 0;
    return send(200, { deleted });
  }
  if (one && (req.method === 'GET' || req.method === 'DELETE')) {
    const i = messages.findIndex((m) => m.id === one[1]);
    if (i < 0) return send(404, { error: `no message ${one[1]}` });
    if (req.method === 'GET') return send(200, messages[i]);
    messages.splice(i, 1);
    return send(200, { deleted: 1 });
  }
  return send(404, { error: `no route ${req.method} ${url.pathname}` });
});

let listening = false;
smtp.on('error', (error) => {
  // A client that drops its connection is not the server's problem; a port in use is.
  console.error(`mail catcher: SMTP ${error.code ?? 'error'}: ${error.message}`);
  if (!listening) process.exit(1);
});
api.on('error', (error) => {
  console.error(`mail catcher: API ${error.code ?? 'error'}: ${error.message}`);
  process.exit(1);
});

smtp.listen(smtpPort, '127.0.0.1', () => {
  api.listen(apiPort, '127.0.0.1', () => {
    listening = true;
    console.log(
      `mail catcher: SMTP on 127.0.0.1:${smtpPort}, API on http://127.0.0.1:${apiPort}/messages`,
    );
  });
});

for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    setTimeout(() => process.exit(0), 2000).unref(); // open SMTP sessions don't hold us
    api.close();
    smtp.close(() => process.exit(0));
  });
}
