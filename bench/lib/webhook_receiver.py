"""A webhook receiver for the scale-out script: answers every POST with 204 and appends one line per delivery,
"<delivery id> <event> <ok|bad signature>", to the file given. Usage: webhook_receiver.py PORT SECRET LOG"""
import hashlib
import hmac
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, SECRET, LOG = int(sys.argv[1]), sys.argv[2].encode(), sys.argv[3]


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        expected = "sha256=" + hmac.new(SECRET, body, hashlib.sha256).hexdigest()
        signed = hmac.compare_digest(expected, self.headers.get("X-Factdesk-Signature", ""))
        with open(LOG, "a") as log:
            log.write(f"{self.headers.get('X-Factdesk-Delivery')} {self.headers.get('X-Factdesk-Event')} "
                      f"{'ok' if signed else 'bad'}\n")
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Receiver).serve_forever()
