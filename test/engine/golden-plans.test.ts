import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { openKmfddmBackend, type KmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { loadForServer } from '../../provider/cli/load-for-server';
import { schemasDir } from '../../provider/core/paths';
import { applyPlan } from '../../provider/engine/apply';
import type { Plan } from '../../provider/engine/plan';
import { createPlan } from '../../provider/engine/planner';
import { renderJson } from '../../provider/engine/render/json';
import { MARKDOWN_LIMIT, renderMarkdown } from '../../provider/engine/render/markdown';
import { renderText } from '../../provider/engine/render/text';
import { startEmbeddedServer, type EmbeddedServer } from '../../provider/server/index';
import { writeSyntheticConfig } from '../reliability/support/synthetic-config';

/**
 * Golden files for the three plan renderers (test/golden/plans/): a fresh plan of a quickstart-like configuration
 * the kmfddm backend can express, an update (one restriction key, one assignment setting), a removal without and with
 * --prune, and a ~2,000-resource plan whose Markdown must be cut to the PR-comment limit with a pointer to the JSON.
 * Plans are made deterministic: fixed clock, fixed assets URL, and the ephemeral server URL replaced by the value the
 * CLI shows for the embedded default. Any byte difference fails; UPDATE_GOLDEN=1 rewrites the files.
 */
const GOLDEN = path.join(__dirname, '..', 'golden', 'plans');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const NOW = new Date('2026-11-23T00:00:00Z');
const ASSETS = 'http://127.0.0.1:9002/assets';
const BACKEND = { kind: 'embedded', url: 'embedded:.applemdm' };

const STACK = `stack: quickstart
identifier_prefix: com.example.mdm
targets:
  iOS: "18.0"
  macOS: "14.0"
catalog: gdmf-catalog.json
external_uuids:
  - 9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB
  - 0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9
  - 1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9
  - 2B3C4D5E-6F70-4182-93A4-B5C6D7E8F90A
`;

const CATALOG = {
  PublicAssetSets: {
    iOS: [{ ProductVersion: '18.1', Build: '22B83', PostingDate: '2024-10-28', SupportedDevices: ['iPhone15,2', 'iPhone16,1'] }],
    macOS: [{ ProductVersion: '15.1', Build: '24B83', PostingDate: '2024-10-28', SupportedDevices: ['J413AP'] }],
  },
  AssetSets: {
    iOS: [{ ProductVersion: '18.1', Build: '22B83', PostingDate: '2024-10-28', SupportedDevices: ['iPhone15,2', 'iPhone16,1'] }],
    macOS: [{ ProductVersion: '15.1', Build: '24B83', PostingDate: '2024-10-28', SupportedDevices: ['J413AP'] }],
  },
};

interface Variant {
  screenShot?: boolean;
  slackPreventBackup?: boolean;
  /** Leave out the field tool (app + assignment) and the restrictions. */
  removed?: boolean;
}

/** The quickstart's resources, minus the settings the kmfddm backend cannot express; groups list enrollment IDs. */
function resources(v: Variant = {}): string {
  const fieldTool = `  field_tool:
    bundle_id: com.example.fieldtool
    manifest_url: https://apps.example.com/fieldtool/manifest.plist
    platforms: [iOS]
`;
  const fieldToolSales = `  field_tool_sales:
    app: field_tool
    intent: required
    scope:
      groups: [sales_iphones]
    settings:
      prevent_backup: true
      content_filter_uuid: 0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9
      dns_proxy_uuid: 1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9
      relay_uuid: 2B3C4D5E-6F70-4182-93A4-B5C6D7E8F90A
`;
  const restrictions = `restrictions:
  baseline:
    scope:
      groups: [sales_iphones]
    icloud:
      backup: false
      document_sync: false
      managed_apps_sync: false
      keychain_sync: false
      photo_library: false
    open_in:
      managed_to_unmanaged: false
      unmanaged_to_managed: true
      managed_pasteboard: true
      unmanaged_read_managed_contacts: false
      managed_write_unmanaged_contacts: false
    allowScreenShot: ${v.screenShot ?? true}
    allowAssistantWhileLocked: false
`;
  return `device_groups:
  sales_iphones:
    description: Company-owned iPhones used by the sales team
    supervised: "true"
    members:
      enrollment_ids: [ENR-SALES-1, ENR-SALES-2]
  engineering_macs:
    description: Engineering MacBooks, some enrolled by the user
    supervised: mixed
    members:
      enrollment_ids: [ENR-ENG-1]
apps:
  slack:
    bundle_id: com.tinyspeck.chatlyio
    adam_id: "618783545"
    license: device
    platforms: [iOS]
  outlook:
    bundle_id: com.microsoft.Office.Outlook
    adam_id: "951937596"
    license: user
    platforms: [iOS]
  zoom:
    bundle_id: us.zoom.videomeetings
    adam_id: "546505307"
    license: device
    platforms: [iOS, macOS]
${v.removed ? '' : fieldTool}app_assignments:
  slack_sales:
    app: slack
    intent: required
    scope:
      groups: [sales_iphones]
    settings:
      prevent_backup: ${v.slackPreventBackup ?? true}
      associated_domains: [applinks:slack.com]
      enable_direct_downloads: true
  outlook_sales:
    app: outlook
    intent: available
    scope:
      groups: [sales_iphones]
    settings:
      prevent_backup: true
      vpn_uuid: 9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB
  zoom_everyone:
    app: zoom
    intent: available
    scope:
      groups: [sales_iphones, engineering_macs]
    settings:
      tap_to_pay_screen_lock: false
${v.removed ? '' : fieldToolSales}${v.removed ? '' : restrictions}software_updates:
  ios_sales:
    platform: iOS
    scope:
      groups: [sales_iphones]
    deferrals:
      combined_days: 14
    enforcement:
      target_os_version: "18.1"
      target_local_datetime: "2027-01-15T18:00:00"
    automatic_actions:
      download: AlwaysOn
      install_os_updates: Allowed
    rapid_security_response:
      enable: true
      enable_rollback: false
    notifications: true
`;
}

/** Compares bytes; on a difference names the first differing line. UPDATE_GOLDEN=1 writes the file instead. */
function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (UPDATE) {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `missing golden file ${name}; run with UPDATE_GOLDEN=1 to create it`);
  const expected = fs.readFileSync(file);
  if (Buffer.compare(expected, Buffer.from(actual, 'utf8')) === 0) return;
  const want = expected.toString('utf8').split('\n');
  const got = actual.split('\n');
  const line = want.findIndex((l, i) => l !== got[i]);
  const at = line === -1 ? want.length : line;
  assert.fail(`${name} differs from the golden file at line ${at + 1}:\n  golden: ${JSON.stringify(want[at])}\n  actual: ${JSON.stringify(got[at])}\n(UPDATE_GOLDEN=1 rewrites it if the change is intended)`);
}

const validatePlan = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(schemasDir(), 'plan.schema.json'), 'utf8')));

/** All three renderings of a plan; the JSON must also match the documented plan schema. */
function goldenAll(name: string, plan: Plan): void {
  golden(`${name}.txt`, renderText(plan, { color: false }));
  golden(`${name}.md`, renderMarkdown(plan));
  const json = renderJson(plan);
  assert.ok(validatePlan(JSON.parse(json)), `${name}.json does not match plan.schema.json: ${JSON.stringify(validatePlan.errors)}`);
  golden(`${name}.json`, json);
}

describe('plan renderers: golden files', () => {
  let root: string;
  let server: EmbeddedServer;
  let backend: KmfddmBackend;
  const configDir = () => path.join(root, 'config');

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-golden-plans-'));
    server = await startEmbeddedServer({ dataDir: path.join(root, 'data'), port: 0 });
    backend = await openKmfddmBackend({ url: server.url, env: {} });
  });
  after(async () => {
    backend.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  function write(resourcesYaml: string, stack = STACK): void {
    fs.mkdirSync(configDir(), { recursive: true });
    fs.writeFileSync(path.join(configDir(), 'applemdm.yaml'), stack);
    fs.writeFileSync(path.join(configDir(), 'gdmf-catalog.json'), JSON.stringify(CATALOG));
    fs.writeFileSync(path.join(configDir(), 'resources.yaml'), resourcesYaml);
  }

  /** The CLI's way in (configuration + catalog), with the clock and URLs pinned. */
  async function plan(prune = false): Promise<Plan> {
    const { document, catalog } = await loadForServer(configDir());
    const out = await createPlan({ document, backend, prune, now: NOW, assetsBaseUrl: ASSETS, ...(catalog ? { catalog } : {}) });
    assert.ok(out.plan, out.diagnostics.toArray().map((d) => `${d.summary}: ${d.detail}`).join('\n'));
    return { ...out.plan, backend: BACKEND };
  }

  it('create: a fresh plan of the quickstart-like configuration', async () => {
    write(resources());
    const p = await plan();
    assert.deepEqual(p.summary, { create: 12, update: 0, replace: 0, delete: 0, noop: 0, kept: 0 });
    goldenAll('create', p);
    const applied = await applyPlan(p, backend, { parallelism: 4 });
    assert.deepEqual(applied.failed, []);
    assert.equal((await plan()).operations.length, 0, 'applied: the next plan is empty');
  });

  it('update: one restriction key and one assignment setting, each a single per-key row', async () => {
    write(resources({ screenShot: false, slackPreventBackup: false }));
    const p = await plan();
    const changed = p.changes.filter((c) => c.action !== 'noop');
    assert.deepEqual(
      changed.map((c) => [c.address, c.action, c.keyDiffs.map((k) => k.path)]),
      [
        ['applemdm_app_assignment.slack_sales', 'update', ['IncludeInBackup']],
        ['applemdm_restrictions.baseline', 'update', ['allowScreenShot']],
      ],
    );
    goldenAll('update', p);
    golden('update.color.txt', renderText(p, { color: true }));
  });

  it('removal: kept without --prune, deleted with it', async () => {
    write(resources({ removed: true }));
    const kept = await plan(false);
    const removed = ['applemdm_app.field_tool', 'applemdm_app_assignment.field_tool_sales', 'applemdm_restrictions.baseline'];
    assert.deepEqual(kept.changes.filter((c) => c.kept).map((c) => c.address), removed);
    golden('kept.txt', renderText(kept, { color: false }));
    const pruned = await plan(true);
    assert.deepEqual(
      pruned.changes.filter((c) => c.action === 'delete').map((c) => c.address),
      removed,
    );
    goldenAll('prune', pruned);
  });

  it('large: ~2,000 resources stay under the PR-comment limit and point to the JSON plan', async () => {
    // Its own stack (the harness's "demo"), planned against the same server: every resource is new.
    writeSyntheticConfig(configDir(), {
      groups: 400,
      apps: 400,
      assignments: 600,
      restrictions: 300,
      softwareUpdates: 300,
      keysPerRestriction: [5, 15],
      seed: 'golden-large',
    });
    const p = await plan();
    assert.equal(p.changes.length, 2000);
    const md = renderMarkdown(p, { artifactHint: 'plan.json' });
    assert.ok(md.length <= MARKDOWN_LIMIT, `${md.length} characters`);
    assert.ok(md.length > MARKDOWN_LIMIT - 5_000, 'the limit is used, not wasted');
    assert.match(md, /_\d+ resource detail section\(s\) omitted to fit the comment limit\. The full plan is in `plan\.json`\._\n$/);
    // Apps are created too (their records), so every one of the 2,000 resources is.
    assert.match(md, /\| 2000 \| 0 \| 0 \| 0 \| 0 \|/);
    golden('large.md', md);
  });
});
