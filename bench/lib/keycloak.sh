# Keycloak for the bench scripts: the keycloak-quarkus-dist the build uses (version from the root pom, from the
# local Maven repository), unpacked once under $BENCH_WORK and started in dev mode on a free loopback port with the
# test realm "factdesk" (web/src/test/resources/keycloak/factdesk-realm.json). Sourced by the bench scripts.
# Needs: ROOT, BENCH_WORK. Sets: KC_PORT, OIDC_ISSUER (read by app.sh), OIDC_CLIENT_ID, OIDC_SECRET.
#
#   kc_start [USERS]   USERS: "name:org:role,role name:org:role ..." replaces the realm's demo users; each user's
#                      password is its name and "org" its organisation claim. Without USERS the demo users stay.
#   kc_stop            stops the Keycloak this shell started
#   kc_token USER [PASSWORD]              prints an access token (password grant)
#   kc_login JAR URL USER [PASSWORD]      code-flow login through the Keycloak login page with curl, starting at
#                                         the app page URL; prints the app's final HTTP status (cookies end up
#                                         in JAR), or 401 when Keycloak refused the login

KC_VERSION="$(grep -o '<keycloak.version>[^<]*' "$ROOT/pom.xml" | cut -d'>' -f2)"
KC_ZIP="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
KC_HOME="$BENCH_WORK/keycloak-$KC_VERSION"
KC_REALM_FILE="$ROOT/web/src/test/resources/keycloak/factdesk-realm.json"
KC_LOG="$BENCH_WORK/keycloak.log"
KC_PIDFILE="$BENCH_WORK/keycloak.pid"
OIDC_CLIENT_ID=factdesk
OIDC_SECRET=factdesk-test-secret

kc_install() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  if [ ! -f "$KC_ZIP" ]; then
    (cd "$ROOT" && ./mvnw -B -q dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip) >&2
  fi
  (cd "$BENCH_WORK" && unzip -o -q "$KC_ZIP")
  chmod +x "$KC_HOME/bin/kc.sh"
}

kc_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The realm file to import: the test realm, with the demo users replaced by USERS when given.
kc_realm() {
  python3 - "$KC_REALM_FILE" "${1:-}" <<'EOF'
import json, sys
realm = json.load(open(sys.argv[1]))
if sys.argv[2]:
    realm["users"] = [{"username": name, "enabled": True, "email": name + "@bench.example", "emailVerified": True,
                       "firstName": name.capitalize(), "lastName": "Bench", "attributes": {"organisation": [org]},
                       "credentials": [{"type": "password", "value": name, "temporary": False}],
                       "realmRoles": roles.split(","), "requiredActions": []}
                      for name, org, roles in (user.split(":") for user in sys.argv[2].split())]
json.dump(realm, sys.stdout, indent=1)
EOF
}

kc_start() {
  kc_stop
  kc_install
  # A fresh dev database every run, so the realm is imported as given.
  rm -rf "$KC_HOME/data"
  mkdir -p "$KC_HOME/data/import"
  kc_realm "${1:-}" > "$KC_HOME/data/import/factdesk-realm.json"
  KC_PORT=$(kc_free_port)
  OIDC_ISSUER="http://127.0.0.1:$KC_PORT/realms/factdesk"
  (cd "$KC_HOME" && exec "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KC_PORT" \
    --http-management-port="$(kc_free_port)" --import-realm --cache=local) > "$KC_LOG" 2>&1 &
  echo $! > "$KC_PIDFILE"
  local deadline=$((SECONDS + 240))
  while [ $SECONDS -lt $deadline ]; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$OIDC_ISSUER/.well-known/openid-configuration")" = 200 ] && return 0
    kill -0 "$(cat "$KC_PIDFILE")" 2> /dev/null || { echo "Keycloak stopped; see $KC_LOG" >&2; return 1; }
    sleep 0.5
  done
  echo "Keycloak did not answer within 240 s; see $KC_LOG" >&2
  return 1
}

kc_stop() {
  local pid
  pid=$(cat "$KC_PIDFILE" 2> /dev/null) || return 0
  # Only ever our own Keycloak (the command line names this distribution); kc.sh passes the signal on to its java.
  if grep -q "$KC_HOME" "/proc/$pid/cmdline" 2> /dev/null; then
    local children; children=$(cat /proc/"$pid"/task/*/children 2> /dev/null || true)
    kill "$pid" 2> /dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2> /dev/null || break; sleep 0.2; done
    for p in $pid $children; do
      grep -q "$KC_HOME" "/proc/$p/cmdline" 2> /dev/null && kill -9 "$p" 2> /dev/null || true
    done
  fi
  rm -f "$KC_PIDFILE"
}

kc_token() {
  curl -sf -d grant_type=password -d "client_id=$OIDC_CLIENT_ID" -d "client_secret=$OIDC_SECRET" \
    -d "username=$1" --data-urlencode "password=${2:-$1}" "$OIDC_ISSUER/protocol/openid-connect/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

kc_login() {
  local jar=$1 url=$2 user=$3 password=${4:-$3} page action
  page=$(mktemp)
  # The app redirects to Keycloak, which answers with its login form.
  curl -s -L -c "$jar" -b "$jar" -o "$page" "$url"
  action=$(python3 -c '
import html, re, sys
form = re.search(r"<form[^>]*id=\"kc-form-login\"[^>]*>", open(sys.argv[1]).read())
print(html.unescape(re.search(r"action=\"([^\"]*)\"", form.group(0)).group(1)) if form else "")' "$page")
  rm -f "$page"
  if [ -z "$action" ]; then echo 000; return 1; fi
  # Keycloak redirects back to the app with code and state; the app sets its session and restores the page.
  local status url
  read -r status url < <(curl -s -L -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{url_effective}\n' \
    --data-urlencode "username=$user" --data-urlencode "password=$password" "$action")
  # Still on Keycloak (its form again, with an error): the login was refused.
  case "$url" in "${OIDC_ISSUER%/realms/*}"/*) echo 401; return 1 ;; esac
  echo "$status"
}
