/**
 * The slice of Go's `json.NewDecoder(r.Body).Decode(&v)` the handlers rely on (api-contract §1.1):
 * only the first JSON value is read (trailing bytes are ignored), keys match struct tags exactly or
 * case-insensitively, unknown keys are ignored, `null` leaves a field unchanged, and a value of the
 * wrong type — `"replicas":"3"`, `2.5`, `1e2` for an int — is an error ("Invalid request body").
 */

type JsonNode =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'number'; raw: string }
  | { kind: 'string'; value: string }
  | { kind: 'array'; items: JsonNode[] }
  | { kind: 'object'; entries: [string, JsonNode][] };

/** Shapes of the Go request structs. */
export type GoType =
  'int' | 'bool' | 'string' | { slice: GoType } | { struct: Readonly<Record<string, GoType>> };

export type GoValue = number | boolean | string | null | GoValue[] | { [field: string]: GoValue };

class GoJsonError extends Error {}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * Decodes `text` into a fresh zero value of `type`. Returns `null` when Go's decoder would return an
 * error (EOF on an empty body, a syntax error in the first value, or a type mismatch).
 */
export function goDecode(text: string, type: GoType): GoValue | null {
  try {
    const node = new FirstValueParser(text).parse();
    const target = zeroValue(type);
    return assign(target, node, type);
  } catch (error) {
    if (error instanceof GoJsonError) return null;
    throw error;
  }
}

export function zeroValue(type: GoType): GoValue {
  if (type === 'int') return 0;
  if (type === 'bool') return false;
  if (type === 'string') return '';
  if ('slice' in type) return null;
  const struct: { [field: string]: GoValue } = {};
  for (const [field, fieldType] of Object.entries(type.struct))
    struct[field] = zeroValue(fieldType);
  return struct;
}

function assign(current: GoValue, node: JsonNode, type: GoType): GoValue {
  // Go: "null ... has no effect" on non-pointer values; a nil slice stays nil.
  if (node.kind === 'null') return typeof type === 'object' && 'slice' in type ? null : current;
  if (type === 'int') {
    if (node.kind !== 'number' || !/^-?(0|[1-9]\d*)$/.test(node.raw)) throw new GoJsonError();
    const big = BigInt(node.raw);
    if (big < INT64_MIN || big > INT64_MAX) throw new GoJsonError();
    return Number(big);
  }
  if (type === 'bool') {
    if (node.kind !== 'bool') throw new GoJsonError();
    return node.value;
  }
  if (type === 'string') {
    if (node.kind !== 'string') throw new GoJsonError();
    return node.value;
  }
  if ('slice' in type) {
    if (node.kind !== 'array') throw new GoJsonError();
    return node.items.map((item) => assign(zeroValue(type.slice), item, type.slice));
  }
  if (node.kind !== 'object') throw new GoJsonError();
  const struct = { ...(current as { [field: string]: GoValue }) };
  const fields = Object.keys(type.struct);
  for (const [key, value] of node.entries) {
    const field =
      fields.find((name) => name === key) ?? fields.find((name) => foldEqual(name, key));
    if (field === undefined) continue;
    const fieldType = type.struct[field] as GoType;
    struct[field] = assign(struct[field] ?? zeroValue(fieldType), value, fieldType);
  }
  return struct;
}

/** encoding/json matches keys with Unicode simple case folding; lower-casing covers the tags. */
function foldEqual(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A strict JSON parser that stops after the first value and keeps number literals verbatim. */
class FirstValueParser {
  private index = 0;

  constructor(private readonly text: string) {}

  parse(): JsonNode {
    this.skipWhitespace();
    if (this.index >= this.text.length) throw new GoJsonError(); // io.EOF on an empty body
    return this.value();
  }

  private value(): JsonNode {
    this.skipWhitespace();
    const char = this.text[this.index];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return { kind: 'string', value: this.string() };
    if (this.text.startsWith('true', this.index))
      return this.literal('true', { kind: 'bool', value: true });
    if (this.text.startsWith('false', this.index))
      return this.literal('false', { kind: 'bool', value: false });
    if (this.text.startsWith('null', this.index)) return this.literal('null', { kind: 'null' });
    return this.number();
  }

  private literal(word: string, node: JsonNode): JsonNode {
    this.index += word.length;
    return node;
  }

  private object(): JsonNode {
    this.index += 1;
    const entries: [string, JsonNode][] = [];
    this.skipWhitespace();
    if (this.text[this.index] === '}') {
      this.index += 1;
      return { kind: 'object', entries };
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.index] !== '"') throw new GoJsonError();
      const key = this.string();
      this.skipWhitespace();
      if (this.text[this.index] !== ':') throw new GoJsonError();
      this.index += 1;
      entries.push([key, this.value()]);
      this.skipWhitespace();
      const separator = this.text[this.index];
      this.index += 1;
      if (separator === '}') return { kind: 'object', entries };
      if (separator !== ',') throw new GoJsonError();
    }
  }

  private array(): JsonNode {
    this.index += 1;
    const items: JsonNode[] = [];
    this.skipWhitespace();
    if (this.text[this.index] === ']') {
      this.index += 1;
      return { kind: 'array', items };
    }
    for (;;) {
      items.push(this.value());
      this.skipWhitespace();
      const separator = this.text[this.index];
      this.index += 1;
      if (separator === ']') return { kind: 'array', items };
      if (separator !== ',') throw new GoJsonError();
    }
  }

  private string(): string {
    // Scan to the closing quote; raw control characters are invalid inside JSON strings.
    let end = this.index + 1;
    for (; end < this.text.length; end += 1) {
      const code = this.text.charCodeAt(end);
      if (code === 0x22) break; // closing quote
      if (code < 0x20) throw new GoJsonError();
      if (code === 0x5c) end += 1; // skip the escaped character
    }
    if (end >= this.text.length) throw new GoJsonError();
    const token = this.text.slice(this.index, end + 1);
    this.index = end + 1;
    try {
      return JSON.parse(token) as string; // validates the escapes
    } catch {
      throw new GoJsonError();
    }
  }

  private number(): JsonNode {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.index));
    if (!match) throw new GoJsonError();
    this.index += match[0].length;
    return { kind: 'number', raw: match[0] };
  }

  private skipWhitespace(): void {
    while (/^[ \t\n\r]$/.test(this.text[this.index] ?? '')) this.index += 1;
  }
}
