#!/usr/bin/env python3
"""A consumer of the inspectorate's publications, with the standard library only.

Two ways to hear about what becomes public (docs/how-to/consume-publications.md):

  follow   read the changes feed (/public/changes?since=<cursor>) and keep the
           cursor in a file, so a consumer that was down catches up where it
           stopped:  python3 publication_consumer.py follow https://api.example/ --once
  receive  an HTTP server that accepts webhooks and verifies their Standard
           Webhooks signature (HMAC-SHA256 with the whsec_ secret):
           python3 publication_consumer.py receive --port 8080 --secret whsec_...
  verify   verify one delivery: headers as JSON in --headers, the body on stdin
           (what the tests use)

Python 3.8 or later; no packages to install.
"""
import argparse
import base64
import hashlib
import hmac
import json
import os
import sys
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

TOLERANCE_SECONDS = 5 * 60


class VerificationError(Exception):
    pass


def secret_key(secret):
    """The HMAC key of a whsec_ secret: the base64 after the prefix."""
    if not secret.startswith("whsec_"):
        raise VerificationError("the secret must start with whsec_")
    return base64.b64decode(secret[len("whsec_"):])


def verify(secret, headers, body, now=None):
    """The payload of a delivery whose signature is right and recent; else VerificationError.

    headers: a mapping with webhook-id, webhook-timestamp, webhook-signature
    (names in any case); body: the raw bytes as received, before any parsing.
    """
    h = {k.lower(): v for k, v in headers.items()}
    msg_id, timestamp, signatures = (
        h.get("webhook-id"), h.get("webhook-timestamp"), h.get("webhook-signature"))
    if not msg_id or not timestamp or not signatures:
        raise VerificationError("missing webhook-id, webhook-timestamp or webhook-signature")
    try:
        sent = int(timestamp)
    except ValueError:
        raise VerificationError("webhook-timestamp is not a number of seconds")
    now = int(time.time()) if now is None else now
    # An old or future timestamp is a replay (or a clock far off): refuse it.
    if abs(now - sent) > TOLERANCE_SECONDS:
        raise VerificationError("webhook-timestamp is more than 5 minutes off")
    signed = msg_id.encode() + b"." + timestamp.encode() + b"." + body
    expected = base64.b64encode(
        hmac.new(secret_key(secret), signed, hashlib.sha256).digest()).decode()
    # During a secret rotation there are two signatures (space-separated): one will match.
    for candidate in signatures.split(" "):
        version, _, value = candidate.partition(",")
        if version == "v1" and hmac.compare_digest(value, expected):
            return json.loads(body)
    raise VerificationError("no signature matches")


def follow(base_url, cursor_file, once, handle, poll_seconds=30):
    """Reads the changes feed from the saved cursor, calls handle(change) in order."""
    cursor = None
    if os.path.exists(cursor_file):
        with open(cursor_file) as f:
            cursor = f.read().strip() or None
    while True:
        query = {"limit": "100"}
        if cursor:
            query["since"] = cursor
        url = base_url.rstrip("/") + "/public/changes?" + urllib.parse.urlencode(query)
        with urllib.request.urlopen(url, timeout=30) as res:
            page = json.load(res)
        for change in page["changes"]:
            handle(change)
            # Saved after each change: a crash repeats at most the one being handled.
            cursor = change["cursor"]
            with open(cursor_file, "w") as f:
                f.write(cursor)
        if not page["more"]:
            if once:
                return cursor
            time.sleep(poll_seconds)


def print_change(change):
    if change["change"] == "withdrawn":
        # Withdrawn: remove the item everywhere you keep it.
        print("withdrawn %s: %s" % (change["itemId"], change.get("reason")))
    else:
        item = change["item"]
        print("%s %s v%s: %s" % (change["change"], item["itemId"], item["version"], item["title"]))
    sys.stdout.flush()


def receive(port, secret):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            try:
                payload = verify(secret, dict(self.headers.items()), body)
            except (VerificationError, ValueError) as error:
                self.send_response(400)
                self.end_headers()
                print("refused %s: %s" % (self.headers.get("webhook-id"), error))
                return
            # Answer quickly; deduplicate on webhook-id (delivery is at least once).
            self.send_response(204)
            self.end_headers()
            print("%s %s" % (self.headers.get("webhook-id"), payload["type"]))
            sys.stdout.flush()

    HTTPServer(("", port), Handler).serve_forever()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    f = sub.add_parser("follow")
    f.add_argument("base_url")
    f.add_argument("--cursor-file", default="publication.cursor")
    f.add_argument("--once", action="store_true", help="stop when caught up")
    r = sub.add_parser("receive")
    r.add_argument("--port", type=int, default=8080)
    r.add_argument("--secret", required=True)
    v = sub.add_parser("verify")
    v.add_argument("--secret", required=True)
    v.add_argument("--headers", required=True, help="the delivery's headers as a JSON object")
    args = parser.parse_args(argv)
    if args.command == "follow":
        follow(args.base_url, args.cursor_file, args.once, print_change)
    elif args.command == "receive":
        receive(args.port, args.secret)
    else:
        try:
            payload = verify(args.secret, json.loads(args.headers), sys.stdin.buffer.read())
        except VerificationError as error:
            print("invalid: %s" % error, file=sys.stderr)
            return 1
        print(json.dumps(payload))
    return 0


if __name__ == "__main__":
    sys.exit(main())
