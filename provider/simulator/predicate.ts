/**
 * A small NSPredicate evaluator for activation predicates: comparisons of `@status(<item>)` / `@property(<key>)` with
 * string, number and boolean literals (==, !=, <, <=, >, >=, BEGINSWITH, ENDSWITH, CONTAINS, IN {…}), combined with
 * AND / OR / NOT and parentheses; TRUEPREDICATE / FALSEPREDICATE. Anything else is a parse error, which a device
 * reports as Error.UnableToParsePredicate.
 */
export type PredicateResult = { ok: true; value: boolean } | { ok: false; message: string };

export interface PredicateScope {
  status(item: string): unknown;
  property(key: string): unknown;
}

type Token = { kind: 'op' | 'word' | 'string' | 'number' | 'punct'; text: string };

const OPERATORS = ['==', '!=', '<>', '<=', '>=', '&&', '||', '=', '<', '>', '!'];

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'" || c === '"') {
      const end = input.indexOf(c, i + 1);
      if (end < 0) throw new Error('unterminated string');
      tokens.push({ kind: 'string', text: input.slice(i + 1, end) });
      i = end + 1;
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(input[i + 1] ?? ''))) {
      const m = /^-?\d+(\.\d+)?/.exec(input.slice(i))!;
      tokens.push({ kind: 'number', text: m[0] });
      i += m[0].length;
    } else if (c === '@' || /[A-Za-z_]/.test(c)) {
      const m = /^@?[A-Za-z_][A-Za-z0-9_]*(\[[cd]+\])?/.exec(input.slice(i))!;
      tokens.push({ kind: 'word', text: m[0] });
      i += m[0].length;
    } else if ('(){},'.includes(c)) {
      tokens.push({ kind: 'punct', text: c });
      i++;
    } else {
      const op = OPERATORS.find((o) => input.startsWith(o, i));
      if (!op) throw new Error(`unexpected character "${c}"`);
      tokens.push({ kind: 'op', text: op });
      i += op.length;
    }
  }
  return tokens;
}

type Node =
  | { kind: 'const'; value: boolean }
  | { kind: 'not'; inner: Node }
  | { kind: 'and' | 'or'; left: Node; right: Node }
  | { kind: 'compare'; op: string; left: Operand; right: Operand };

type Operand = { kind: 'literal'; value: unknown } | { kind: 'status' | 'property'; name: string } | { kind: 'list'; items: Operand[] };

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.or();
    if (this.pos < this.tokens.length) throw new Error(`unexpected "${this.tokens[this.pos]!.text}"`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isWord(...words: string[]): boolean {
    const t = this.peek();
    return t !== undefined && (t.kind === 'word' || t.kind === 'op') && words.includes(t.text.toUpperCase());
  }

  private expect(text: string): void {
    const t = this.tokens[this.pos++];
    if (t?.text !== text) throw new Error(`expected "${text}"`);
  }

  private or(): Node {
    let left = this.and();
    while (this.isWord('OR', '||')) {
      this.pos++;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Node {
    let left = this.not();
    while (this.isWord('AND', '&&')) {
      this.pos++;
      left = { kind: 'and', left, right: this.not() };
    }
    return left;
  }

  private not(): Node {
    if (this.isWord('NOT', '!')) {
      this.pos++;
      return { kind: 'not', inner: this.not() };
    }
    return this.primary();
  }

  private primary(): Node {
    const t = this.peek();
    if (!t) throw new Error('unexpected end of predicate');
    if (t.text === '(') {
      this.pos++;
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    if (this.isWord('TRUEPREDICATE')) return this.pos++, { kind: 'const', value: true };
    if (this.isWord('FALSEPREDICATE')) return this.pos++, { kind: 'const', value: false };
    const left = this.operand();
    const opToken = this.tokens[this.pos++];
    if (!opToken) throw new Error('missing comparison operator');
    const op = opToken.text.toUpperCase().replace(/\[[CD]+\]$/, '');
    if (!['==', '=', '!=', '<>', '<', '<=', '>', '>=', 'BEGINSWITH', 'ENDSWITH', 'CONTAINS', 'IN'].includes(op)) {
      throw new Error(`unsupported operator "${opToken.text}"`);
    }
    return { kind: 'compare', op, left, right: this.operand() };
  }

  private operand(): Operand {
    const t = this.tokens[this.pos++];
    if (!t) throw new Error('missing operand');
    if (t.kind === 'string') return { kind: 'literal', value: t.text };
    if (t.kind === 'number') return { kind: 'literal', value: Number(t.text) };
    if (t.text === '{') {
      const items: Operand[] = [];
      while (this.peek()?.text !== '}') {
        items.push(this.operand());
        if (this.peek()?.text === ',') this.pos++;
        else if (this.peek()?.text !== '}') throw new Error('expected "," or "}"');
      }
      this.pos++;
      return { kind: 'list', items };
    }
    if (t.kind === 'word' && (t.text === '@status' || t.text === '@property')) {
      this.expect('(');
      const name: string[] = [];
      while (this.peek() && this.peek()!.text !== ')') name.push(this.tokens[this.pos++]!.text);
      this.expect(')');
      return { kind: t.text === '@status' ? 'status' : 'property', name: name.join('').replace(/\s/g, '') };
    }
    if (t.kind === 'word' && ['TRUE', 'YES'].includes(t.text.toUpperCase())) return { kind: 'literal', value: true };
    if (t.kind === 'word' && ['FALSE', 'NO'].includes(t.text.toUpperCase())) return { kind: 'literal', value: false };
    throw new Error(`unexpected "${t.text}"`);
  }
}

export function evaluatePredicate(predicate: string, scope: PredicateScope): PredicateResult {
  let node: Node;
  try {
    // The name inside @status(device.model.family) has dots and dashes: quote it before tokenizing.
    const quoted = predicate.replace(/@(status|property)\(\s*([^)'"]*?)\s*\)/g, (_m, k: string, n: string) => `@${k}('${n}')`);
    node = new Parser(tokenize(quoted)).parse();
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
  return { ok: true, value: evaluate(node, scope) };
}

function value(operand: Operand, scope: PredicateScope): unknown {
  switch (operand.kind) {
    case 'literal':
      return operand.value;
    case 'status':
      return scope.status(operand.name);
    case 'property':
      return scope.property(operand.name);
    case 'list':
      return operand.items.map((i) => value(i, scope));
  }
}

function evaluate(node: Node, scope: PredicateScope): boolean {
  switch (node.kind) {
    case 'const':
      return node.value;
    case 'not':
      return !evaluate(node.inner, scope);
    case 'and':
      return evaluate(node.left, scope) && evaluate(node.right, scope);
    case 'or':
      return evaluate(node.left, scope) || evaluate(node.right, scope);
    case 'compare':
      return compare(node.op, value(node.left, scope), value(node.right, scope));
  }
}

function compare(op: string, a: unknown, b: unknown): boolean {
  if (op === 'IN') return Array.isArray(b) && b.some((x) => x === a);
  if (op === '==' || op === '=') return a === b;
  if (op === '!=' || op === '<>') return a !== b;
  if (a === undefined || a === null || b === undefined || b === null) return false;
  if (op === 'BEGINSWITH') return String(a).startsWith(String(b));
  if (op === 'ENDSWITH') return String(a).endsWith(String(b));
  if (op === 'CONTAINS') return String(a).includes(String(b));
  const [x, y] = typeof a === 'number' && typeof b === 'number' ? [a, b] : [String(a), String(b)];
  if (op === '<') return x < y;
  if (op === '<=') return x <= y;
  if (op === '>') return x > y;
  return x >= y;
}
