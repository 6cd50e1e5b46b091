import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { appleSchemaDir, appleSchemaIndex } from '../../provider/apple/schema';
import { appleSchemaSourceDir } from '../../scripts/gen-apple/locations';
import { readAppleYaml } from '../../scripts/gen-apple/read-apple-yaml';

const root = path.join(__dirname, '..', '..');
const appleDir = appleSchemaSourceDir(root);
const missing = fs.existsSync(path.join(appleDir, 'SNAPSHOT.txt')) ? undefined : `Apple's YAML not found at ${appleDir}`;
const PROSE_FIELDS = new Set(['content', 'description']);

/** Every `content` / `description` string in a YAML document, wherever it sits (keys, reasons, notes). */
function proseIn(value: unknown, out: string[], seen = new Set<object>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    if (PROSE_FIELDS.has(key) && typeof item === 'string') out.push(item);
    else proseIn(item, out, seen);
  }
  return out;
}

function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 40);
}

/** Every string in a generated file: values and property names. */
function stringsIn(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsIn(item, out);
    }
  }
  return out;
}

describe('generated Apple schemas carry no Apple prose', () => {
  const generated = appleSchemaIndex().schemas.map((s) => ({
    file: s.file,
    data: JSON.parse(fs.readFileSync(path.join(appleSchemaDir(), s.file), 'utf8')) as unknown,
  }));

  it('never uses the description keyword', () => {
    for (const { file, data } of generated) assert.ok(!stringsIn(data, []).includes('description'), file);
  });

  it('contains no sentence of a content or description field', { skip: missing }, () => {
    const sources = new Set(appleSchemaIndex().schemas.map((s) => s.source));
    const prose = new Set<string>();
    for (const source of sources) for (const text of proseIn(readAppleYaml(path.join(appleDir, source)), [])) {
      for (const s of sentences(text)) prose.add(s);
    }
    assert.ok(prose.size > 500, `expected many prose sentences, found ${prose.size}`);
    for (const { file, data } of generated) {
      for (const value of stringsIn(data, [])) {
        for (const sentence of prose) assert.ok(!value.includes(sentence), `${file} contains Apple prose: ${sentence}`);
      }
    }
  });
});
