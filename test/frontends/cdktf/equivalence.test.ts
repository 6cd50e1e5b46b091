import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { DesiredDocument } from '../../../provider/core/document';
import { packageRoot } from '../../../provider/core/paths';
import { loadConfiguration } from '../../../provider/frontends/load-config';

const EXAMPLES = path.join(packageRoot(), 'examples');

/**
 * What must be identical between front ends: stack settings and every resource's type, name and attributes. Sources
 * differ by design (file:line:col vs construct path), and so does the directory; the catalog is compared by the bytes
 * of the file it names, because each example keeps its own copy inside its directory.
 */
function comparable(doc: DesiredDocument): unknown {
  const { catalog, ...stack } = doc.stack;
  return {
    version: doc.version,
    stack: { ...stack, catalog: catalog === undefined ? undefined : fs.readFileSync(path.resolve(doc.baseDir, catalog), 'utf8') },
    resources: doc.resources.map((r) => ({ type: r.type, name: r.name, address: r.address, attributes: r.attributes })),
  };
}

test('examples/cdktf and examples/quickstart give the same desired-state document', async () => {
  const [yaml, cdktf] = await Promise.all([loadConfiguration(path.join(EXAMPLES, 'quickstart')), loadConfiguration(path.join(EXAMPLES, 'cdktf'))]);
  assert.equal(yaml.diagnostics.hasError(), false, JSON.stringify([...yaml.diagnostics]));
  assert.equal(cdktf.diagnostics.hasError(), false, JSON.stringify([...cdktf.diagnostics]));
  assert.ok(yaml.document && cdktf.document);
  assert.deepEqual(comparable(cdktf.document), comparable(yaml.document));
  assert.ok(yaml.document.resources.length >= 10, 'the quickstart covers every resource type');
  // Each CDKTF resource points back to the construct that declared it.
  for (const r of cdktf.document.resources) assert.deepEqual(r.source, { kind: 'construct', path: `quickstart/${r.name}` });
});
