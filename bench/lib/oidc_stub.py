#!/usr/bin/env python3
"""A static OpenID provider for load and scale-out runs on loopback: writes a discovery document and a JWKS for
nginx to serve, and mints RS256 access tokens (Keycloak-shaped: realm_access.roles, preferred_username,
organisation) signed with the same key. Only the openssl CLI is needed.

  oidc_stub.py init  DIR ISSUER             -> DIR/key.pem, DIR/static/realms/bench/... (discovery + certs)
  oidc_stub.py token DIR ISSUER USER ORG ROLE[,ROLE...]   -> prints a token valid for two hours
"""
import base64, json, os, subprocess, sys, time


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


def token(directory, issuer, user, org, roles):
    now = int(time.time())
    header = {"alg": "RS256", "typ": "JWT", "kid": "bench"}
    claims = {"iss": issuer, "sub": user, "preferred_username": user, "iat": now, "exp": now + 7200,
              "typ": "Bearer", "azp": "factdesk", "organisation": org,
              "realm_access": {"roles": roles.split(",")}}
    signing_input = b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(claims).encode())
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", os.path.join(directory, "key.pem")],
                               input=signing_input.encode(), check=True, capture_output=True).stdout
    print(signing_input + "." + b64url(signature))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "init":
        init(*args)
    elif command == "token":
        token(*args)
    else:
        sys.exit(__doc__)
