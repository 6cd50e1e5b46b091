import type { DdmClient, FetchedDeclaration, ManifestItem } from './ddm-client';
import type { SimDeviceIdentity } from './device-identity';
import { evaluateDevice, type Category, type Evaluation, type HeldDeclaration } from './evaluate';
import type { ProfileFetcher } from './profile-fetch';
import { buildStatusReport } from './status-report';

/**
 * One simulated device running Apple's DDM sync: tokens → (if changed) declaration-items → fetch new or changed
 * declarations, drop the ones no longer listed → evaluate → PUT status. The first report is a full report.
 */
const CATEGORIES: { manifest: 'Activations' | 'Configurations' | 'Assets' | 'Management'; category: Category; path: string }[] = [
  { manifest: 'Activations', category: 'activations', path: 'activation' },
  { manifest: 'Configurations', category: 'configurations', path: 'configuration' },
  { manifest: 'Assets', category: 'assets', path: 'asset' },
  { manifest: 'Management', category: 'management', path: 'management' },
];

export interface SyncOutcome {
  /** False when the DeclarationsToken had not changed and nothing was sent. */
  synced: boolean;
  fetched: number;
  evaluation?: Evaluation;
}

export class SimulatedDevice {
  private lastToken?: string;
  private lastManifest?: string;
  private reported = false;
  private readonly held = new Map<string, HeldDeclaration>();

  constructor(
    readonly identity: SimDeviceIdentity,
    private readonly ddm: DdmClient,
    private readonly fetchProfile: ProfileFetcher,
  ) {}

  get evaluation(): Evaluation {
    return evaluateDevice(this.identity, [...this.held.values()]);
  }

  async sync(): Promise<SyncOutcome> {
    const token = await this.ddm.tokens();
    if (this.reported && token === this.lastToken) return { synced: false, fetched: 0 };
    const items = await this.ddm.declarationItems();
    // KMFDDM v0.8.3 (filekv) hashes the ServerTokens in Go map order, so its DeclarationsToken can change while the
    // manifest does not; an unchanged manifest means nothing to fetch and nothing new to report.
    const manifest = JSON.stringify(CATEGORIES.map(({ manifest: m }) => items.Declarations[m].map((i) => `${i.Identifier}\u0000${i.ServerToken}`).sort()));
    if (this.reported && manifest === this.lastManifest) {
      this.lastToken = items.DeclarationsToken;
      return { synced: false, fetched: 0 };
    }
    const listed = new Set<string>();
    let fetched = 0;
    for (const { manifest, category, path } of CATEGORIES) {
      for (const item of items.Declarations[manifest]) {
        listed.add(item.Identifier);
        if (this.held.get(item.Identifier)?.declaration.ServerToken === item.ServerToken) continue;
        const declaration = await this.ddm.declaration(path, item.Identifier);
        fetched++;
        this.held.set(item.Identifier, await this.hold(category, declaration, item));
      }
    }
    // The manifest is the complete desired set: anything not in it is removed from the device.
    for (const id of [...this.held.keys()]) if (!listed.has(id)) this.held.delete(id);
    const evaluation = this.evaluation;
    await this.ddm.status(buildStatusReport(this.identity, evaluation, !this.reported));
    this.reported = true;
    this.lastToken = items.DeclarationsToken;
    this.lastManifest = manifest;
    return { synced: true, fetched, evaluation };
  }

  private async hold(category: Category, declaration: FetchedDeclaration, item: ManifestItem): Promise<HeldDeclaration> {
    // The manifest's token is the one the device reports (KMFDDM serves the same value in both places).
    const held: HeldDeclaration = { category, declaration: { ...declaration, ServerToken: declaration.ServerToken || item.ServerToken } };
    if (declaration.Type === 'com.apple.configuration.legacy') {
      const url = declaration.Payload?.ProfileURL;
      held.profileError = typeof url === 'string' ? await this.fetchProfile(url, this.ddm.headers()) : 'ProfileURL is missing';
    }
    return held;
  }
}
