import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasChanges } from '../../provider/engine/plan';
import { EMBEDDED_PUBLIC_URL } from '../../provider/targets/kmfddm/ddm-server';
import { requirePeer, startKmfddm } from '../../test/peers/peers';
import { generateSpec, writeYamlConfig } from '../generate';
import { optionsFor, planOnce, seed, startEmbeddedUpstream, type PlanFixture, type Upstream, type Variant } from './fixture';

/**
 * Servers holding the applied state of each (variant, size), started on first use and kept for the whole run.
 * Their data lives in .cache/bench/ keyed by a hash of the generated configuration, so a later run starts from the
 * applied state instead of re-applying tens of thousands of objects; a cached state that no longer matches (the
 * compiler changed) is converged by applying the difference, and --fresh starts from empty servers.
 */
export class Fixtures {
  private readonly open = new Map<string, PlanFixture>();
  private readonly configs = new Map<number, { dir: string; hash: string }>();

  constructor(
    private readonly workDir: string,
    private readonly cacheDir: string,
    private readonly fresh: boolean,
    private readonly log: (line: string) => void,
  ) {}

  /** The generated YAML configuration of this size (written once per run). */
  config(size: number): { dir: string; hash: string } {
    let c = this.configs.get(size);
    if (!c) {
      const dir = path.join(this.workDir, `config-${size}`);
      const files = writeYamlConfig(generateSpec(size), dir);
      const h = createHash('sha256');
      for (const f of files) h.update(f).update(fs.readFileSync(path.join(dir, f)));
      c = { dir, hash: h.digest('hex').slice(0, 12) };
      this.configs.set(size, c);
    }
    return c;
  }

  /** Why a variant cannot run here (one line), or undefined. */
  unavailable(variant: Variant): string | undefined {
    if (variant !== 'kmfddm') return undefined;
    const lookup = requirePeer('kmfddm');
    return lookup.skip;
  }

  async get(variant: Variant, size: number): Promise<PlanFixture> {
    const key = `${variant}-${size}`;
    const existing = this.open.get(key);
    if (existing) return existing;
    const config = this.config(size);
    const dataDir = path.join(this.cacheDir, `${key}-${config.hash}`);
    if (this.fresh) fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    const upstream = await this.startUpstream(variant, dataDir);
    const backendOptions = optionsFor(variant, upstream, path.join(dataDir, 'assets'));
    const assetsBaseUrl = `${EMBEDDED_PUBLIC_URL}/assets`;
    const fixture: PlanFixture = {
      size,
      variant,
      configDir: config.dir,
      dataDir,
      upstream,
      backendOptions,
      assetsBaseUrl,
      close: () => upstream.stop(),
    };
    try {
      const check = await planOnce(config.dir, backendOptions(upstream.url), assetsBaseUrl);
      if (hasChanges(check.plan)) {
        const started = performance.now();
        this.log(`  applying ${check.operations} operations to the ${variant} server for N=${size} (cached in ${path.relative(process.cwd(), dataDir)})…`);
        const result = await seed(config.dir, backendOptions(upstream.url), assetsBaseUrl);
        this.log(`  applied: ${result.writes.changed} writes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
    } catch (err) {
      await upstream.stop();
      throw err;
    }
    this.open.set(key, fixture);
    return fixture;
  }

  private async startUpstream(variant: Variant, dataDir: string): Promise<Upstream> {
    if (variant !== 'kmfddm') return startEmbeddedUpstream(path.join(dataDir, 'server'));
    const peer = await startKmfddm({ dataDir });
    return { url: peer.url, apiKey: peer.apiKey, stop: () => peer.stop() };
  }

  async closeAll(): Promise<void> {
    for (const f of this.open.values()) await f.close();
    this.open.clear();
  }
}
