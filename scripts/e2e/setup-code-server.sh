#!/usr/bin/env bash
# Installs what the end-to-end tests need to run a real VS Code offline:
#   - Debian packages: chromium (the browser playwright-core drives), libkrb5-dev
#     (headers for code-server's kerberos native build), ripgrep (seeds @vscode/ripgrep);
#   - code-server 4.100.3 (the last release for Node 20) into .cache/code-server.
# Idempotent: a second run that finds everything in place returns in well under a second.
# Why each workaround exists: ../../../shared/research/vscode-e2e.md, section 2.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version="4.100.3"
dest="${COPYDESK_CODE_SERVER_DIR:-$root/.cache/code-server}"
stamp="$dest/.installed-$version"

log() { printf 'setup-code-server: %s\n' "$*" >&2; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    log "need root for apt-get; run: sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Other jobs may hold the dpkg lock (CI images, parallel setup): wait for it rather than fail.
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f "$stamp" ] && [ -x "$dest/node_modules/.bin/code-server" ]; then
  log "code-server $version already installed in $dest"
  exit 0
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != "20" ]; then
  log "code-server $version needs Node 20 exactly (found $(node --version)); see vscode-e2e.md"
  exit 1
fi

mkdir -p "$dest"
cp "$root/scripts/e2e/code-server/package.json" "$root/scripts/e2e/code-server/package-lock.json" "$dest/" 2>/dev/null \
  || cp "$root/scripts/e2e/code-server/package.json" "$dest/"

# @vscode/ripgrep downloads rg from GitHub in its postinstall; when its cache already
# holds the archive it only unpacks it. Seed that cache with Debian's rg.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
rg_cache="$scratch/vscode-ripgrep-cache-1.15.11"
mkdir -p "$rg_cache/pack"
cp "$(command -v rg)" "$rg_cache/pack/rg"
tar -czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$rg_cache/pack" rg

log "installing code-server $version into $dest (about a minute: native builds)"
start=$(date +%s)
(
  cd "$dest"
  # unsafe_perm: postinstall.sh refuses root unless this env var is set (npm 11 has no flag).
  # yes: node-pty's postinstall runs `npx node-gyp`, which this machine's npmrc would cancel.
  export TMPDIR="$scratch" npm_config_unsafe_perm=true npm_config_yes=true
  # Native builds (argon2, kerberos, node-pty) would download Node's headers from the
  # internet; point node-gyp at the ones installed with Node when they are there.
  prefix="$(dirname "$(dirname "$(command -v node)")")"
  if [ -z "${npm_config_nodedir:-}" ] && [ -f "$prefix/include/node/node.h" ]; then
    export npm_config_nodedir="$prefix"
  fi
  if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  else
    npm install --no-audit --no-fund --loglevel=error
  fi
) >"$scratch/npm.log" 2>&1 || { cat "$scratch/npm.log" >&2; log "npm install failed"; exit 1; }
grep -v -e 'Unknown env config "unsafe-perm"' "$scratch/npm.log" | tail -n 5 >&2 || true

[ -x "$dest/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] \
  || log "warning: @vscode/ripgrep has no rg binary (search in the workbench will not work)"
touch "$stamp"
log "installed code-server $version in $(( $(date +%s) - start )) s"
