import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isConverged, type ResourceStatus, type StatusReport } from '../../provider/engine/status';
import { renderStatusText } from '../../provider/engine/status-render';

function resource(over: Partial<ResourceStatus> = {}): ResourceStatus {
  return { address: 'applemdm_restrictions.baseline', declarations: ['com.example.r'], notOnServer: [], devices: 20, valid: 20, active: 20, pending: 0, failed: 0, failures: [], pendingDevices: [], ...over };
}
function report(resources: ResourceStatus[], over: Partial<StatusReport> = {}): StatusReport {
  return { formatVersion: 1, stack: 'demo', backend: { kind: 'kmfddm', url: 'https://mdm.example.com' }, deviceSource: 'registry', devices: 20, resources, ...over };
}

test('isConverged: exit 0 only when nothing failed, is pending, is missing on the server or is owed a sync', () => {
  const cases: [string, StatusReport, boolean][] = [
    ['all valid', report([resource()]), true],
    ['no devices in scope', report([resource({ devices: 0, valid: 0, active: 0 })]), true],
    ['a failure', report([resource({ valid: 19, failed: 1 })]), false],
    ['a device pending', report([resource({ valid: 19, pending: 1 })]), false],
    ['a declaration not on the server', report([resource({ notOnServer: ['com.example.r'] })]), false],
    ['devices owed a sync', report([resource()], { notToldToSync: [{ set: 's', since: '2026-01-01', devices: ['ENR-1'] }] }), false],
  ];
  for (const [name, r, want] of cases) assert.equal(isConverged(r), want, name);
});

test("status text groups identical failures with a count and shows Apple's reasons", () => {
  const reason = { code: 'Error.ConfigurationCannotBeApplied', description: 'SupervisedOnlyPayloadKeys: allowAppRemoval' };
  const failures = Array.from({ length: 20 }, (_, i) => ({
    enrollmentId: `ENR-${String(i).padStart(2, '0')}`,
    platform: 'iOS',
    osVersion: '18.1',
    declarations: [{ identifier: 'com.example.r', valid: 'invalid' as const, reasons: [reason] }],
  }));
  const other = { enrollmentId: 'ENR-X', platform: 'iOS', osVersion: '17.0', declarations: [{ identifier: 'com.example.r', valid: 'invalid' as const, reasons: [] }] };
  const text = renderStatusText(report([resource({ valid: 0, active: 0, failed: 21, failures: [...failures, other] })]));
  const lines = text.split('\n').filter((l) => l.includes('failed on'));
  assert.deepEqual(lines, [
    '    failed on 20 device(s) (ENR-00, ENR-01, ENR-02, ENR-03, ENR-04, …) [iOS 18.1]: com.example.r: Error.ConfigurationCannotBeApplied (SupervisedOnlyPayloadKeys: allowAppRemoval)',
    '    failed on ENR-X [iOS 17.0]: com.example.r: invalid, no reason given',
  ]);
});

test('drift text groups devices reporting the same problem and shortens long values around the difference', async () => {
  const { renderDriftText } = await import('../../provider/engine/drift-render');
  const long = `https://assets.example.com/${'x'.repeat(200)}`;
  const devices = ['ENR-1', 'ENR-2', 'ENR-3'].map((id) => ({ enrollmentId: id, declaration: 'com.example.r', problem: 'invalid' as const, reasons: [{ code: 'Error.X', description: 'SupervisedOnlyPayloadKeys' }] }));
  const text = renderDriftText({
    stack: 'demo',
    backend: { kind: 'kmfddm', url: 'https://mdm.example.com' },
    drifted: true,
    resources: [{ address: 'applemdm_restrictions.baseline', changed: [{ path: 'ProfileURL', object: 'asset', before: `${long}-old`, after: `${long}-new` }], missing: [], notInGit: [], devices }],
    other: [],
    summary: { changed: 1, missing: 0, notInGit: 0, devices: 3, other: 0 },
    devices: { source: 'registry', asked: 3 },
  } as unknown as Parameters<typeof renderDriftText>[0]);
  assert.match(text, /\n {4}3 device\(s\) \(ENR-1, ENR-2, ENR-3\): com\.example\.r reports it invalid \(Error\.X: SupervisedOnlyPayloadKeys\)\n/);
  assert.match(text, /server "[^"]*-old", Git "[^"]*-new"/);
});

test('drift Markdown names the server it was read from', async () => {
  const { renderDriftMarkdown } = await import('../../provider/engine/drift-render');
  const md = renderDriftMarkdown({ stack: 'demo', backend: { kind: 'kmfddm', url: 'https://mdm.example.com' }, drifted: false } as unknown as Parameters<typeof renderDriftMarkdown>[0]);
  assert.match(md, /^Server: kmfddm `https:\/\/mdm\.example\.com`$/m);
});
