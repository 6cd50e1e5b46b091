import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

/**
 * Real Go peers (KMFDDM, NanoMDM) for the contract suite: installed from the Go module proxy by install.sh into
 * .cache/peers/bin at pinned versions, started on 127.0.0.1 with file storage in a temp dir, and stopped by pid.
 *
 * Rule: without Go (or without a binary) the peer tests skip with one line, except when APPLEMDM_REQUIRE_PEERS=1
 * (CI), where a missing peer is a failure.
 */
export type PeerName = 'kmfddm' | 'nanomdm';

const ROOT = path.resolve(__dirname, '..', '..');
const INSTALL_SCRIPT = path.join(__dirname, 'install.sh');
export const FIXTURES = path.join(__dirname, 'fixtures');

export function peersBinDir(): string {
  return process.env.APPLEMDM_PEERS_BIN ?? path.join(ROOT, '.cache', 'peers', 'bin');
}

/** The pins live in install.sh only; read them from there. */
export function peerPin(name: PeerName): string {
  const script = fs.readFileSync(INSTALL_SCRIPT, 'utf8');
  const m = new RegExp(`^${name.toUpperCase()}_VERSION=(\\S+)$`, 'm').exec(script);
  if (!m?.[1]) throw new Error(`test/peers/install.sh has no ${name.toUpperCase()}_VERSION pin`);
  return m[1];
}

export type PeerLookup = { path: string; skip?: undefined } | { path?: undefined; skip: string };

function installed(name: PeerName): string | undefined {
  const bin = path.join(peersBinDir(), name);
  const stamp = path.join(peersBinDir(), `${name}.version`);
  if (!fs.existsSync(bin) || !fs.existsSync(stamp)) return undefined;
  return fs.readFileSync(stamp, 'utf8').trim() === peerPin(name) ? bin : undefined;
}

function haveGo(): boolean {
  return spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0;
}

const lookups = new Map<PeerName, PeerLookup>();

/**
 * The peer's binary, installing it first when Go is present; otherwise a one-line skip reason. Throws when
 * APPLEMDM_REQUIRE_PEERS=1 and the peer cannot be had.
 */
export function requirePeer(name: PeerName): PeerLookup {
  const cached = lookups.get(name);
  if (cached) return cached;
  let lookup: PeerLookup;
  const ready = installed(name);
  if (ready) lookup = { path: ready };
  else if (!haveGo()) lookup = { skip: `real ${name} peer: go is not installed (APPLEMDM_REQUIRE_PEERS=1 makes this a failure)` };
  else {
    const res = spawnSync('bash', [INSTALL_SCRIPT, name], { encoding: 'utf8', timeout: 15 * 60_000 });
    const built = installed(name);
    lookup = built
      ? { path: built }
      : { skip: `real ${name} peer: test/peers/install.sh failed: ${(res.stderr || String(res.error ?? '')).trim().split('\n').pop()}` };
  }
  if (lookup.skip && process.env.APPLEMDM_REQUIRE_PEERS === '1') {
    throw new Error(`APPLEMDM_REQUIRE_PEERS=1 but ${lookup.skip}`);
  }
  lookups.set(name, lookup);
  return lookup;
}

/** A free loopback port (the kernel picks; tiny race until the peer binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningPeer {
  name: PeerName;
  url: string;
  apiKey: string;
  pid: number;
  /** Everything the peer logged so far (both run with -debug). */
  logs(): string;
  stop(): Promise<void>;
}

interface StartArgs {
  name: PeerName;
  binary: string;
  args: string[];
  port: number;
  apiKey: string;
}

async function startPeer(spec: StartArgs): Promise<RunningPeer> {
  const child: ChildProcess = spawn(spec.binary, spec.args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let alive = true;
  void exited.then(() => (alive = false));
  const url = `http://127.0.0.1:${spec.port}/`;
  const peer: RunningPeer = {
    name: spec.name,
    url,
    apiKey: spec.apiKey,
    pid: child.pid ?? -1,
    logs: () => output,
    stop: async () => {
      if (alive) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (!alive) throw new Error(`${spec.name} exited during start-up:\n${output}`);
    if (await answers(`${url}version`)) return peer;
    if (Date.now() > deadline) {
      await peer.stop();
      throw new Error(`${spec.name} did not answer GET /version within 15 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

export interface KmfddmStartOptions {
  dataDir: string;
  apiKey?: string;
  port?: number;
  /** NanoMDM's enqueue base (…/v1/enqueue/) and API key, wired to KMFDDM's -enqueue / -enqueue-key. */
  enqueue?: { url: string; apiKey: string };
}

/** Flags: -api KEY -listen 127.0.0.1:PORT -storage filekv -storage-dsn DIR -debug [-enqueue URL -enqueue-key KEY] */
export async function startKmfddm(options: KmfddmStartOptions): Promise<RunningPeer> {
  const binary = mustHave('kmfddm');
  const port = options.port ?? (await freePort());
  const apiKey = options.apiKey ?? 'kmfddm-test-key';
  const args = ['-api', apiKey, '-listen', `127.0.0.1:${port}`, '-storage', 'filekv', '-storage-dsn', path.join(options.dataDir, 'kmfddm'), '-debug'];
  if (options.enqueue) args.push('-enqueue', options.enqueue.url, '-enqueue-key', options.enqueue.apiKey);
  return startPeer({ name: 'kmfddm', binary, args, port, apiKey });
}

export interface NanomdmStartOptions {
  dataDir: string;
  apiKey?: string;
  port?: number;
  /** KMFDDM's base URL for DeclarativeManagement check-ins (-dm). */
  dmUrl?: string;
}

/** The header a simulated device puts its identity certificate in (NanoMDM -cert-header). */
export const NANOMDM_CERT_HEADER = 'X-Applemdm-Device-Cert';

/**
 * Flags: -ca fixtures/nanomdm-device-ca.pem -cert-header X-Applemdm-Device-Cert -api KEY -listen 127.0.0.1:PORT
 * -storage filekv -storage-dsn DIR -debug [-dm URL]
 */
export async function startNanomdm(options: NanomdmStartOptions): Promise<RunningPeer> {
  const binary = mustHave('nanomdm');
  const port = options.port ?? (await freePort());
  const apiKey = options.apiKey ?? 'nanomdm-test-key';
  const args = [
    '-ca', path.join(FIXTURES, 'nanomdm-device-ca.pem'),
    '-cert-header', NANOMDM_CERT_HEADER,
    '-api', apiKey,
    '-listen', `127.0.0.1:${port}`,
    '-storage', 'filekv',
    '-storage-dsn', path.join(options.dataDir, 'nanomdm'),
    '-debug',
  ];
  if (options.dmUrl) args.push('-dm', options.dmUrl);
  return startPeer({ name: 'nanomdm', binary, args, port, apiKey });
}

export interface PeerPair {
  kmfddm: RunningPeer;
  nanomdm: RunningPeer;
  stop(): Promise<void>;
}

/** KMFDDM notifying through NanoMDM's enqueue API, and NanoMDM forwarding DDM check-ins to KMFDDM. */
export async function startKmfddmWithNanomdm(dataDir: string): Promise<PeerPair> {
  const [kPort, nPort] = [await freePort(), await freePort()];
  const nanomdm = await startNanomdm({ dataDir, port: nPort, dmUrl: `http://127.0.0.1:${kPort}/` });
  try {
    const kmfddm = await startKmfddm({
      dataDir,
      port: kPort,
      enqueue: { url: `${nanomdm.url}v1/enqueue/`, apiKey: nanomdm.apiKey },
    });
    return { kmfddm, nanomdm, stop: async () => void (await Promise.all([kmfddm.stop(), nanomdm.stop()])) };
  } catch (err) {
    await nanomdm.stop();
    throw err;
  }
}

function mustHave(name: PeerName): string {
  const lookup = requirePeer(name);
  if (!lookup.path) throw new Error(lookup.skip);
  return lookup.path;
}
