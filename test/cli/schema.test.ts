import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResourceSchema } from '../../provider/resources/schema-registry';
import { runCli } from './_run-cli';

test('schema prints a readable summary of every resource', async () => {
  const run = await runCli(['schema']);
  assert.equal(run.code, 0, run.stderr);
  for (const type of ['applemdm_device_group', 'applemdm_app', 'applemdm_app_assignment', 'applemdm_restrictions', 'applemdm_software_update']) {
    assert.match(run.stdout, new RegExp(`^${type} \\(YAML: \\w+\\)$`, 'm'));
  }
  assert.match(run.stdout, /^ {2}settings\.prevent_backup: boolean \[optional, install-time\]$/m);
  assert.match(run.stdout, /^ {2}allow_cloud_backup: boolean \[optional, Apple: allowCloudBackup\]$/m);
  assert.match(run.stdout, /^ {2}app: reference to applemdm_app \[required, replace\]$/m);
});

test('schema --type T --format json prints that resource schema exactly', async () => {
  for (const name of ['applemdm_app', 'app', 'apps']) {
    const run = await runCli(['schema', '--type', name, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), loadResourceSchema('applemdm_app'));
  }
  const all = JSON.parse((await runCli(['schema', '--format', 'json'])).stdout) as Record<string, unknown>;
  assert.deepEqual(Object.keys(all).length, 5);
});

test('schema --yaml prints the JSON Schemas of the YAML files', async () => {
  const config = JSON.parse((await runCli(['schema', '--yaml', 'config'])).stdout) as { required: string[] };
  assert.deepEqual(config.required, ['stack', 'identifier_prefix', 'targets']);
  const resources = JSON.parse((await runCli(['schema', '--yaml', 'resources'])).stdout) as { properties: Record<string, unknown> };
  assert.deepEqual(Object.keys(resources.properties), ['device_groups', 'apps', 'app_assignments', 'restrictions', 'software_updates']);
});

test('schema refuses unknown types and formats with exit 1 and a diagnostic', async () => {
  for (const args of [['--type', 'applemdm_nope'], ['--format', 'xml'], ['--yaml', 'other']]) {
    const run = await runCli(['schema', ...args]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^Error: Invalid option\n/);
    assert.equal(run.stdout, '');
  }
});
