/**
 * JSON syntax errors reported by position only. JSON.parse's own messages quote the input ("Unexpected token 'r',
 * "root:x:0:0"... is not valid JSON"), and a message about a file a configuration names must never carry the file's
 * bytes: in CI it lands in a pull-request comment.
 */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; line: number; col: number; problem: string };

export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const offset = jsonErrorOffset(text);
    const { line, col } = lineCol(text, offset);
    const problem = offset >= text.length ? 'the text ends before the JSON value does' : `invalid JSON at line ${line}, column ${col}`;
    return { ok: false, line, col, problem };
  }
}

/** 1-based line and column of a character offset. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, col: lines[lines.length - 1].length + 1 };
}

/**
 * Offset of the first syntax error in a JSON text that JSON.parse rejected. Node 20's messages carry a position for
 * some errors only ("Unexpected token ','" has none), so the text is scanned again by a small recursive-descent
 * checker that only locates, never builds values.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const expect = (ch: string): void => {
    if (text[i] !== ch) fail();
    i++;
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      if (i >= text.length || text.charCodeAt(i) < 0x20) fail();
      const ch = text[i++];
      if (ch === '"') return;
      if (ch === '\\') {
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if ('"\\/bfnrt'.includes(text[i] ?? '')) i++;
        else fail();
      }
    }
  };
  const value = (depth: number): void => {
    if (depth > 1000) fail(); // deeper than any real file; keeps the checker off the stack limit
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        string();
        ws();
        expect(':');
        value(depth + 1);
        ws();
        if (text[i] === '}') return void i++;
        expect(',');
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ']') return void i++;
        expect(',');
      }
    }
    if (ch === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?)/.exec(text.slice(i, i + 400));
    if (!literal) fail();
    i += literal![0].length;
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail();
  } catch (at) {
    if (typeof at === 'number') return at;
    throw at;
  }
  return text.length;
}
