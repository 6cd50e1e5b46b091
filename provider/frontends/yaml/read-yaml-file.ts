import * as path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { readConfinedFile } from '../../core/confined-file';
import { decodeUtf8 } from '../../core/decode-utf8';
import type { Diagnostics } from '../../core/diagnostics';
import { duplicateKeyOffsets } from './duplicate-keys';
import { MAX_DEPTH, MAX_FILE_BYTES } from './limits';
import { fileStart, sourceAt } from './source-ref';

export interface ParsedYamlFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Where a configuration's YAML files may be: inside its directory (links followed), whatever a link says. */
export interface YamlFilePlace {
  root: string;
  /** The file's role, for diagnostics: "configuration file", "resource file". */
  what: string;
}

/**
 * Reads and parses one YAML file, refusing a file outside the configuration directory, anything but a regular file
 * (a named pipe would block, a device never ends), oversized or absurdly nested input, before the parser sees it.
 * Returns undefined (with diagnostics) when the file cannot be used at all.
 */
export function readYamlFile(file: string, diags: Diagnostics, place: YamlFilePlace): ParsedYamlFile | undefined {
  // Named relative to the root, which is how readConfinedFile resolves a name (and how the diagnostic reads best).
  const read = readConfinedFile(place.root, path.relative(place.root, file), { what: place.what, maxBytes: MAX_FILE_BYTES, source: fileStart(file), operatorMayAllow: false });
  if (!read.ok) {
    diags.add(read.diagnostic);
    return undefined;
  }
  const text = decodeUtf8(read.bytes, file, diags);
  if (text === undefined) return undefined;
  const lines = new LineCounter();
  const tooDeep = flowDepthExceeded(text);
  if (tooDeep !== undefined) {
    lines.addNewLine(0);
    for (let i = 0; i < tooDeep; i++) if (text.charCodeAt(i) === 10) lines.addNewLine(i + 1);
    diags.error('Nesting too deep', `Values may be nested at most ${MAX_DEPTH} levels deep.`, [], sourceAt(file, lines, tooDeep), 'too-deep');
    return undefined;
  }
  // Duplicate keys are found below in linear time; the parser's own check is quadratic in the keys of a mapping.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false, strict: true, version: '1.2' });
  for (const e of doc.errors) {
    diags.error('YAML syntax error', `${firstLine(e.message)}.`, [], sourceAt(file, lines, e.pos[0]), 'yaml-syntax');
  }
  const duplicates = duplicateKeyOffsets(doc);
  for (const offset of duplicates) {
    diags.error('Duplicate key', 'A key appears twice in the same mapping; each key may be given once.', [], sourceAt(file, lines, offset), 'duplicate-key');
  }
  for (const w of doc.warnings) {
    diags.warning('YAML warning', `${firstLine(w.message)}.`, [], sourceAt(file, lines, w.pos[0]), 'yaml-warning');
  }
  return doc.errors.length || duplicates.length ? undefined : { file, doc, lines };
}

/**
 * Offset where flow nesting ([ and {) first exceeds the limit, or undefined. A cheap scan that ignores quoting: it
 * only has to stop pathological input (the parser needs seconds for a few hundred thousand brackets), and a real
 * configuration never has 64 unclosed brackets even counting ones inside strings.
 */
function flowDepthExceeded(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/[.:]\s*$/, '');
}
