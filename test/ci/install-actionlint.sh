#!/usr/bin/env bash
# Installs actionlint (the GitHub Actions workflow checker) into .cache/peers/bin (git-ignored) from the Go module
# proxy at a pinned version, like the other Go peers (test/peers/install.sh). Idempotent.
set -euo pipefail

ACTIONLINT_VERSION=v1.7.12

root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${APPLEMDM_PEERS_BIN:-$root/.cache/peers/bin}"

if ! command -v go >/dev/null 2>&1; then
  echo "install-actionlint.sh: go is not installed; the workflow check needs Go (https://go.dev/dl/)" >&2
  exit 2
fi
mkdir -p "$bin"
if command -v flock >/dev/null 2>&1; then
  exec 9>"$bin/.install.lock"
  flock 9
fi
stamp="$bin/actionlint.version"
if [[ -x "$bin/actionlint" && -f "$stamp" && "$(cat "$stamp")" == "$ACTIONLINT_VERSION" ]]; then
  exit 0
fi
echo "install-actionlint.sh: building actionlint $ACTIONLINT_VERSION from the Go module proxy" >&2
rm -f "$stamp"
GOBIN="$bin" GOFLAGS="${GOFLAGS:-} -modcacherw" go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
echo "$ACTIONLINT_VERSION" >"$stamp"
