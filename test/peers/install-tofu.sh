#!/usr/bin/env bash
# Builds OpenTofu (a real Terraform-protocol peer for the provider plugin e2e tests) into .cache/peers/bin (git-ignored)
# from the Go module proxy at a pinned version. Idempotent: a binary whose version stamp matches the pin is kept.
#
# OpenTofu >= 1.7 cannot be `go install`ed (its go.mod has a replace directive), so the module is downloaded and built
# inside its own directory, where it is the main module and the replace applies. The build takes minutes on 2 cores;
# the seconds it took are written to tofu.build-seconds next to the binary. version.dev=no: report "v1.12.6", not "-dev".
#   test/peers/install-tofu.sh
set -euo pipefail

OPENTOFU_VERSION=v1.12.6

root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${APPLEMDM_PEERS_BIN:-$root/.cache/peers/bin}"

if ! command -v go >/dev/null 2>&1; then
  echo "install-tofu.sh: go is not installed; the OpenTofu tests need Go (https://go.dev/dl/)" >&2
  exit 2
fi
mkdir -p "$bin"
# Several test files may ask at once: one build at a time (a separate lock from install.sh, so the quick Go peers
# are not held up behind this long build).
if command -v flock >/dev/null 2>&1; then
  exec 9>"$bin/.install-tofu.lock"
  flock 9
fi

stamp="$bin/tofu.version"
if [[ -x "$bin/tofu" && -f "$stamp" && "$(cat "$stamp")" == "$OPENTOFU_VERSION" ]]; then
  exit 0
fi
rm -f "$stamp"
echo "install-tofu.sh: building OpenTofu $OPENTOFU_VERSION from the Go module proxy (takes minutes)" >&2

# -modcacherw keeps the module cache deletable by the user (go makes it read-only otherwise).
export GOFLAGS="${GOFLAGS:-} -modcacherw"
json="$(go mod download -json "github.com/opentofu/opentofu@$OPENTOFU_VERSION")"
dir="$(printf '%s' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')"
if [[ -z "$dir" || ! -d "$dir" ]]; then
  echo "install-tofu.sh: go mod download printed no module directory:" >&2
  printf '%s\n' "$json" >&2
  exit 1
fi

start=$SECONDS
# Build to a temp name and rename, so a killed build never leaves a half-written binary that looks installed.
(cd "$dir" && go build -trimpath -ldflags "-s -w -X github.com/opentofu/opentofu/version.dev=no" -o "$bin/tofu.partial" ./cmd/tofu)
mv "$bin/tofu.partial" "$bin/tofu"
echo "$((SECONDS - start))" >"$bin/tofu.build-seconds"
echo "$OPENTOFU_VERSION" >"$stamp"
echo "install-tofu.sh: built $bin/tofu in $((SECONDS - start)) s" >&2
