import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { peersBinDir, PeerLookup } from './peers';

/**
 * OpenTofu as a real peer for the provider plugin tests, built by install-tofu.sh into .cache/peers/bin at a pinned
 * version. Same rule as the other peers: without Go the tests skip with one line, except when
 * APPLEMDM_REQUIRE_PEERS=1 (CI), where a missing OpenTofu is a failure.
 *
 * A cold build takes minutes (it compiles all of OpenTofu); CI should run test/peers/install-tofu.sh before the
 * tests so no test file waits for it. With Go's build cache warm, a rebuild takes well under a minute.
 */
const INSTALL_SCRIPT = path.join(__dirname, 'install-tofu.sh');
const BUILD_TIMEOUT_MS = 45 * 60_000;

/** The pin lives in install-tofu.sh only. */
export function tofuPin(): string {
  const m = /^OPENTOFU_VERSION=(\S+)$/m.exec(fs.readFileSync(INSTALL_SCRIPT, 'utf8'));
  if (!m?.[1]) throw new Error('test/peers/install-tofu.sh has no OPENTOFU_VERSION pin');
  return m[1];
}

function installedTofu(): string | undefined {
  const bin = path.join(peersBinDir(), 'tofu');
  const stamp = path.join(peersBinDir(), 'tofu.version');
  if (!fs.existsSync(bin) || !fs.existsSync(stamp)) return undefined;
  return fs.readFileSync(stamp, 'utf8').trim() === tofuPin() ? bin : undefined;
}

let cached: PeerLookup | undefined;

/** The tofu binary, building it first when Go is present; otherwise a one-line skip reason (or a throw in CI). */
export function requireTofu(): PeerLookup {
  if (cached) return cached;
  let lookup: PeerLookup;
  const ready = installedTofu();
  if (ready) lookup = { path: ready };
  else if (spawnSync('go', ['version'], { stdio: 'ignore' }).status !== 0) {
    lookup = { skip: 'real OpenTofu peer: go is not installed (APPLEMDM_REQUIRE_PEERS=1 makes this a failure)' };
  } else {
    const res = spawnSync('bash', [INSTALL_SCRIPT], { encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
    const built = installedTofu();
    lookup = built
      ? { path: built }
      : { skip: `real OpenTofu peer: test/peers/install-tofu.sh failed: ${(res.stderr || String(res.error ?? '')).trim().split('\n').pop()}` };
  }
  if (lookup.skip && process.env.APPLEMDM_REQUIRE_PEERS === '1') throw new Error(`APPLEMDM_REQUIRE_PEERS=1 but ${lookup.skip}`);
  cached = lookup;
  return lookup;
}
