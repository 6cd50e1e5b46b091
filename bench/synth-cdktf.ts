import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, AppAssignment, ApplemdmProvider, DeviceGroup, Restrictions, SoftwareUpdate, cdk } from '../provider/cdktf';
import { appleKeyToAttribute, attributeToCamel } from '../provider/core/naming';
import { CATALOG_FILE, CATALOG_SOURCE, type BenchSpec, type Named } from './generate';

/**
 * The generated configuration as a CDKTF stack built with the applemdm bindings, synthesized to cdk.tf.json: the
 * input of the Terraform side-by-side scenario (Terraform reads *.tf.json; applemdm reads the same file).
 */
export const SYNTH_FILE = 'cdk.tf.json';

/** snake_case attribute trees → the bindings' camelCase config objects (restriction keys arrive as Apple names). */
function camel(value: unknown, appleKeys = false): unknown {
  if (Array.isArray(value)) return value.map((v) => camel(v));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[attributeToCamel(appleKeys ? appleKeyToAttribute(k) : k)] = camel(v);
  return out;
}

export function synthesizeCdktf(spec: BenchSpec, dir: string, provider: { server?: string } = {}): string {
  const stack = new cdk.TerraformStack(cdk.Testing.app(), spec.stack.stack);
  new ApplemdmProvider(stack, 'applemdm', {
    stack: spec.stack.stack,
    identifierPrefix: spec.stack.identifier_prefix,
    targets: { ios: spec.stack.targets.iOS, macos: spec.stack.targets.macOS },
    catalog: CATALOG_FILE,
    externalUuids: spec.stack.external_uuids,
    ...(provider.server ? { server: provider.server } : {}),
  });
  const groups = new Map<string, string>();
  for (const g of spec.device_groups) groups.set(g.name, new DeviceGroup(stack, g.name, camel(g.attributes) as never).id);
  const apps = new Map<string, string>();
  for (const a of spec.apps) apps.set(a.name, new App(stack, a.name, camel(a.attributes) as never).id);
  const scoped = (r: Named): Record<string, unknown> => {
    const scope = r.attributes.scope as { groups: string[] };
    return { scope: { groups: scope.groups.map((g) => groups.get(g)) } };
  };
  for (const r of spec.app_assignments) {
    new AppAssignment(stack, r.name, { ...(camel(r.attributes) as object), app: apps.get(r.attributes.app as string), ...scoped(r) } as never);
  }
  for (const r of spec.restrictions) {
    const { scope: _scope, ...keys } = r.attributes;
    new Restrictions(stack, r.name, { ...(camel(keys, true) as object), ...scoped(r) } as never);
  }
  for (const r of spec.software_updates) new SoftwareUpdate(stack, r.name, { ...(camel(r.attributes) as object), ...scoped(r) } as never);

  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, SYNTH_FILE);
  fs.writeFileSync(file, cdk.Testing.synth(stack));
  fs.copyFileSync(CATALOG_SOURCE, path.join(dir, CATALOG_FILE));
  return file;
}
