#!/usr/bin/env python3
"""A static OpenID provider for load and scale-out runs on loopback: writes a discovery document and a JWKS for
nginx to serve, and mints RS256 access tokens (Keycloak-shaped: realm_access.roles, preferred_username,
organisation) signed with the same key. Only the openssl CLI is needed.

  oidc_stub.py init  DIR ISSUER             -> DIR/key.pem, DIR/static/realms/bench/... (discovery + certs)
  oidc_stub.py token DIR ISSUER USER ORG ROLE[,ROLE...]   -> prints a token valid for two hours
  oidc_stub.py serve DIR ISSUER USERS_JSON  -> serves the provider on ISSUER's port, with a code flow that logs
                                               in the user named by the "stub_user" cookie (set by /login-as?user=)
                                               and a password grant; USERS_JSON maps user -> [org, "role,role"]
"""
import base64, json, os, subprocess, sys, time, urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def init(directory, issuer):
    key = os.path.join(directory, "key.pem")
    if not os.path.exists(key):
        subprocess.run(["openssl", "genrsa", "-out", key, "2048"], check=True, capture_output=True)
    modulus = subprocess.run(["openssl", "rsa", "-in", key, "-noout", "-modulus"], check=True,
                             capture_output=True, text=True).stdout.strip().split("=", 1)[1]
    jwk = {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "bench",
           "n": b64url(bytes.fromhex(modulus)), "e": b64url((65537).to_bytes(3, "big"))}
    path = issuer.split("/", 3)[3]  # realms/bench
    base = os.path.join(directory, "static", path)
    os.makedirs(os.path.join(base, ".well-known"), exist_ok=True)
    os.makedirs(os.path.join(base, "protocol", "openid-connect"), exist_ok=True)
    with open(os.path.join(base, "protocol", "openid-connect", "certs"), "w") as f:
        json.dump({"keys": [jwk]}, f)
    oc = issuer + "/protocol/openid-connect"
    with open(os.path.join(base, ".well-known", "openid-configuration"), "w") as f:
        json.dump({"issuer": issuer, "jwks_uri": oc + "/certs", "authorization_endpoint": oc + "/auth",
                   "token_endpoint": oc + "/token", "userinfo_endpoint": oc + "/userinfo",
                   "end_session_endpoint": oc + "/logout", "response_types_supported": ["code"],
                   "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"]}, f)


def sign(directory, claims):
    header = {"alg": "RS256", "typ": "JWT", "kid": "bench"}
    signing_input = b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(claims).encode())
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", os.path.join(directory, "key.pem")],
                               input=signing_input.encode(), check=True, capture_output=True).stdout
    return signing_input + "." + b64url(signature)


def claims_for(issuer, user, org, roles, extra=None):
    now = int(time.time())
    claims = {"iss": issuer, "sub": user, "preferred_username": user, "iat": now, "exp": now + 7200,
              "aud": "factdesk", "azp": "factdesk", "organisation": org,
              "realm_access": {"roles": roles.split(",")}}
    claims.update(extra or {})
    return claims


def token(directory, issuer, user, org, roles):
    print(sign(directory, claims_for(issuer, user, org, roles, {"typ": "Bearer"})))


def serve(directory, issuer, users_json):
    users = json.loads(users_json)
    base = "/" + issuer.split("/", 3)[3]
    static = os.path.join(directory, "static")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send(self, status, body=b"", content_type="application/json", headers=()):
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(url.query))
            if url.path == "/login-as":
                self.send(204, headers=[("Set-Cookie", "stub_user=" + query["user"] + "; Path=/")])
            elif url.path == base + "/protocol/openid-connect/auth":
                cookies = dict(c.strip().split("=", 1) for c in self.headers.get("Cookie", "").split(";") if "=" in c)
                code = b64url(json.dumps({"user": cookies.get("stub_user", "editor"),
                                          "nonce": query.get("nonce")}).encode())
                target = query["redirect_uri"] + ("&" if "?" in query["redirect_uri"] else "?") + \
                    urllib.parse.urlencode({"code": code, "state": query.get("state", "")})
                self.send(302, headers=[("Location", target)])
            elif url.path.startswith(base + "/"):
                path = os.path.join(static, url.path.lstrip("/"))
                if os.path.isfile(path):
                    self.send(200, open(path, "rb").read())
                else:
                    self.send(404)
            else:
                self.send(404)

        def do_POST(self):
            url = urllib.parse.urlsplit(self.path)
            form = dict(urllib.parse.parse_qsl(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()))
            if url.path != base + "/protocol/openid-connect/token":
                return self.send(404)
            nonce = None
            if form.get("grant_type") == "authorization_code":
                data = json.loads(base64.urlsafe_b64decode(form["code"] + "==="))
                user, nonce = data["user"], data.get("nonce")
            elif form.get("grant_type") == "password":
                user = form["username"]
            else:
                return self.send(400, b'{"error":"unsupported_grant_type"}')
            if user not in users:
                return self.send(401, b'{"error":"invalid_grant"}')
            org, roles = users[user]
            access = sign(directory, claims_for(issuer, user, org, roles, {"typ": "Bearer"}))
            id_claims = {"typ": "ID"}
            if nonce:
                id_claims["nonce"] = nonce
            id_token = sign(directory, claims_for(issuer, user, org, roles, id_claims))
            body = json.dumps({"access_token": access, "id_token": id_token, "token_type": "Bearer",
                               "expires_in": 7200}).encode()
            self.send(200, body)

    port = int(urllib.parse.urlsplit(issuer).port)
    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "init":
        init(*args)
    elif command == "token":
        token(*args)
    elif command == "serve":
        serve(*args)
    else:
        sys.exit(__doc__)
