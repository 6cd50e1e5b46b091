#!/usr/bin/env bash
# Installs the real Go peers used by the contract suite into .cache/peers/bin (git-ignored), from the Go module proxy,
# at pinned versions. Idempotent: a binary whose version stamp matches its pin is not rebuilt.
#   test/peers/install.sh            install (or keep) every peer
#   test/peers/install.sh kmfddm     install one peer
set -euo pipefail

KMFDDM_VERSION=v0.8.3
NANOMDM_VERSION=v0.9.0

root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${APPLEMDM_PEERS_BIN:-$root/.cache/peers/bin}"

if ! command -v go >/dev/null 2>&1; then
  echo "install.sh: go is not installed; the real-peer tests need Go (https://go.dev/dl/)" >&2
  exit 2
fi
mkdir -p "$bin"
# Test files run in parallel and may all ask for the peers at once: one installer at a time.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$bin/.install.lock"
  flock 9
fi

install_peer() {
  local name="$1" module="$2" version="$3"
  local stamp="$bin/$name.version"
  if [[ -x "$bin/$name" && -f "$stamp" && "$(cat "$stamp")" == "$version" ]]; then
    return 0
  fi
  echo "install.sh: building $name $version from the Go module proxy" >&2
  rm -f "$stamp"
  # -X main.version makes GET /version report the pin instead of "unknown".
  GOBIN="$bin" GOFLAGS="${GOFLAGS:-} -modcacherw" \
    go install -ldflags "-X main.version=$version" "$module@$version"
  echo "$version" >"$stamp"
}

want="${1:-all}"
if [[ "$want" == all || "$want" == kmfddm ]]; then
  install_peer kmfddm github.com/jessepeterson/kmfddm/cmd/kmfddm "$KMFDDM_VERSION"
fi
if [[ "$want" == all || "$want" == nanomdm ]]; then
  install_peer nanomdm github.com/micromdm/nanomdm/cmd/nanomdm "$NANOMDM_VERSION"
fi
