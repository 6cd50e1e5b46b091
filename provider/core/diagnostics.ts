/**
 * Diagnostics are how every layer reports a user's mistake: as data, never as a thrown Error.
 * A thrown Error means a bug in applemdm; the CLI words it as such.
 */
export type Severity = 'error' | 'warning' | 'info';

/** file:line:col for YAML/JSON inputs, or a construct path for TypeScript (CDKTF) inputs. */
export type SourceRef =
  | { kind: 'file'; file: string; line: number; col: number }
  | { kind: 'construct'; path: string }
  | { kind: 'none' };

export interface Diagnostic {
  severity: Severity;
  /** Short title, e.g. "Value out of range". */
  summary: string;
  /** A full sentence: the value received and what was expected. */
  detail: string;
  /** Attribute path inside the resource or document, e.g. ["applemdm_app.slack", "adam_id"]. */
  path: (string | number)[];
  source: SourceRef;
  /** A stable machine-readable code, e.g. "range", "unknown-key", "dangling-reference". */
  code?: string;
}

export const NO_SOURCE: SourceRef = { kind: 'none' };

export function formatSource(source: SourceRef): string {
  switch (source.kind) {
    case 'file':
      return `${source.file}:${source.line}:${source.col}`;
    case 'construct':
      return source.path;
    case 'none':
      return '';
  }
}

/** An ordered, de-duplicated collection of diagnostics. */
export class Diagnostics implements Iterable<Diagnostic> {
  private readonly items: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  static of(list: Iterable<Diagnostic>): Diagnostics {
    const d = new Diagnostics();
    for (const x of list) d.add(x);
    return d;
  }

  add(d: Diagnostic): this {
    const key = JSON.stringify([d.severity, d.summary, d.detail, d.path, d.source]);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.items.push(d);
    }
    return this;
  }

  append(other: Iterable<Diagnostic>): this {
    for (const d of other) this.add(d);
    return this;
  }

  error(summary: string, detail: string, path: (string | number)[] = [], source: SourceRef = NO_SOURCE, code?: string): this {
    return this.add({ severity: 'error', summary, detail, path, source, ...(code ? { code } : {}) });
  }

  warning(summary: string, detail: string, path: (string | number)[] = [], source: SourceRef = NO_SOURCE, code?: string): this {
    return this.add({ severity: 'warning', summary, detail, path, source, ...(code ? { code } : {}) });
  }

  /**
   * Adds a later layer's diagnostics (e.g. the compiler's after validation's), skipping a warning about an attribute
   * path this collection already warns about: the user gets one warning per attribute, from the first layer.
   * Errors are always added.
   */
  appendLayer(other: Iterable<Diagnostic>): this {
    const warned = new Set(this.items.filter((d) => d.severity === 'warning' && d.path.length > 1).map((d) => JSON.stringify(d.path)));
    for (const d of other) {
      if (d.severity === 'warning' && warned.has(JSON.stringify(d.path))) continue;
      this.add(d);
    }
    return this;
  }

  hasError(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  get length(): number {
    return this.items.length;
  }

  toArray(): Diagnostic[] {
    return [...this.items];
  }

  [Symbol.iterator](): Iterator<Diagnostic> {
    return this.items[Symbol.iterator]();
  }
}

/** Result of an operation that can fail because of user input. */
export interface Result<T> {
  value?: T;
  diagnostics: Diagnostics;
}
