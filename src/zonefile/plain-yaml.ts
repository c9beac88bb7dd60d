/**
 * A fast reader for the plain YAML that zone files are written in, with the position of every node.
 *
 * Why: the `yaml` library builds a full document model (every token, comment and range) and reads about
 * 2.5 MB/s here; validating 200 zone files of 50 rrsets took 480 ms of parsing alone, before the first
 * API request may be sent. Zone files use a small part of YAML: block mappings and sequences, one-line
 * scalars (plain, single- or double-quoted), one-line flow collections (`{ flags: 0, tag: issue }`) and
 * comments. This reader handles exactly that part, about ten times faster, and gives up (returns
 * undefined) on anything else: anchors, aliases, tags, block scalars, multi-line scalars, several
 * documents, duplicate keys, empty values, tabs, CR, control characters, syntax errors. The caller then
 * reads the file with `yaml`, which reports every problem with its place.
 *
 * What it returns must be what `yaml` gives for the same text, value for value and position for
 * position: the data is `doc.toJS()` (YAML 1.2 core schema; keys kept as written, as parse.ts's
 * inspect() does), and each node's offset is yaml's `range[0]` (a block mapping starts at its first
 * key, a block sequence at its first "-", a flow collection at its bracket, a scalar at its first
 * character, quote included). test/zonefile/plain-yaml.test.ts compares the two readers on generated
 * files and on every fixture.
 *
 * Pure: text in, values out.
 */

/** A node of the document, with where it starts: what locating a problem needs. */
export type PlainNode = PlainMap | PlainSeq | PlainScalar;

export interface PlainMap {
  readonly kind: 'map';
  readonly offset: number;
  readonly entries: Map<string, { readonly keyOffset: number; readonly value: PlainNode }>;
}

export interface PlainSeq {
  readonly kind: 'seq';
  readonly offset: number;
  readonly items: PlainNode[];
}

export interface PlainScalar {
  readonly kind: 'scalar';
  readonly offset: number;
}

export interface PlainYaml {
  /** The document as plain data: what yaml's `toJS()` returns. */
  readonly data: Record<string, unknown>;
  readonly root: PlainMap;
  /** 1-based line and column of an offset, as yaml's LineCounter gives them. */
  readonly position: (offset: number) => { line: number; column: number };
}

/** Thrown inside the reader when the text leaves the plain subset; never escapes readPlainYaml. */
class Unsupported extends Error {}

/**
 * Characters the reader does not handle anywhere in the text: tabs (YAML forbids them in indentation
 * and they are rare in DNS values), a CR that does not end a line (files checked out on Windows end
 * theirs with CRLF, which is read), the other C0 and C1 controls, DEL, a byte-order mark, and the
 * Unicode line and paragraph separators. yaml decides what these mean.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSUPPORTED_CHARACTERS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;

/** Document markers and directives (`---`, `...`, `%YAML`): a zone file is one bare document. */
const DOCUMENT_MARKERS = /^(?:---|\.\.\.)(?:[ ]|$)|^%/m;

/** yaml rejects implicit keys longer than this; longer ones are left to it. */
const MAX_IMPLICIT_KEY = 1024;

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Characters that may not start a plain scalar (YAML's c-indicator), except the quotes and brackets read on their own. */
const NOT_PLAIN_START = new Set([...',]}#&*!|>%@`'].map((c) => c.charCodeAt(0)));
const FLOW_INDICATORS = new Set([COMMA, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE]);

/** Double-quoted escapes, as yaml reads them (compose/resolve-flow-scalar.js); an escaped line break is not one-line and is left to yaml. */
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_ESCAPE_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/**
 * Reads `text` if it is plain YAML whose top level is a mapping; undefined if it is not (then read it
 * with the yaml library, which also says what is wrong).
 */
export function readPlainYaml(text: string): PlainYaml | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text) || DOCUMENT_MARKERS.test(text)) return undefined;
  try {
    return new Reader(text).read();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    // Absurd nesting exhausts the stack here too: yaml reports it properly.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

interface Inline {
  readonly node: PlainNode;
  readonly value: unknown;
  /** Offset just past the value. */
  readonly end: number;
}

interface Key {
  readonly key: string;
  readonly keyOffset: number;
  /** Offset just past the colon. */
  readonly afterColon: number;
}

class Reader {
  private readonly lineStarts: number[] = [0];
  private readonly lineEnds: number[] = [];
  /** The line being read. */
  private line = 0;

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      // A line's content stops before its CR, as YAML's line breaks are LF or CRLF.
      this.lineEnds.push(i > 0 && text.charCodeAt(i - 1) === 0x0d ? i - 1 : i);
      this.lineStarts.push(i + 1);
    }
    this.lineEnds.push(text.length);
  }

  read(): PlainYaml {
    this.skipInsignificantLines();
    if (this.line >= this.lineStarts.length || this.indent(this.line) !== 0) throw new Unsupported();
    const start = this.lineStarts[this.line]!;
    if (this.isSequenceItem(start) || this.scanKey(start) === undefined) throw new Unsupported();
    const { node, value } = this.blockMap(0);
    this.skipInsignificantLines();
    if (this.line < this.lineStarts.length) throw new Unsupported();
    const lineStarts = this.lineStarts;
    const position = (offset: number) => {
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lineStarts[mid]! <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: offset - lineStarts[low]! + 1 };
    };
    return { data: value, root: node, position };
  }

  /** A block mapping whose keys are at `column`; the first key is at that column of the current line. */
  private blockMap(column: number): { node: PlainMap; value: Record<string, unknown> } {
    const entries = new Map<string, { keyOffset: number; value: PlainNode }>();
    const value: Record<string, unknown> = {};
    const node: PlainMap = { kind: 'map', offset: this.lineStarts[this.line]! + column, entries };
    for (;;) {
      const start = this.lineStarts[this.line]! + column;
      const key = this.scanKey(start);
      if (!key || entries.has(key.key) || key.key === '__proto__') throw new Unsupported();
      const end = this.lineEnds[this.line]!;
      const valueStart = this.skipSpaces(key.afterColon, end);
      let entry: { node: PlainNode; value: unknown };
      if (valueStart === end || this.text.charCodeAt(valueStart) === HASH) {
        this.line += 1;
        this.skipInsignificantLines();
        if (this.line >= this.lineStarts.length) throw new Unsupported();
        const indent = this.indent(this.line);
        if (indent > column) entry = this.blockNode(indent);
        // A sequence may sit at the indentation of its key.
        else if (indent === column && this.isSequenceItem(this.lineStarts[this.line]! + indent)) entry = this.blockSeq(indent);
        else throw new Unsupported();
      } else {
        const inline = this.inlineValue(valueStart, end);
        this.expectLineEnd(inline.end, end);
        this.line += 1;
        entry = inline;
      }
      entries.set(key.key, { keyOffset: key.keyOffset, value: entry.node });
      value[key.key] = entry.value;
      this.skipInsignificantLines();
      if (this.line >= this.lineStarts.length) return { node, value };
      const indent = this.indent(this.line);
      if (indent < column) return { node, value };
      if (indent > column || this.isSequenceItem(this.lineStarts[this.line]! + indent)) throw new Unsupported();
    }
  }

  /** A block sequence whose "-" are at `column` of the current and following lines. */
  private blockSeq(column: number): { node: PlainSeq; value: unknown[] } {
    const items: PlainNode[] = [];
    const value: unknown[] = [];
    const node: PlainSeq = { kind: 'seq', offset: this.lineStarts[this.line]! + column, items };
    for (;;) {
      const dash = this.lineStarts[this.line]! + column;
      const end = this.lineEnds[this.line]!;
      const itemStart = this.skipSpaces(dash + 1, end);
      let item: { node: PlainNode; value: unknown };
      if (itemStart === end || this.text.charCodeAt(itemStart) === HASH) {
        this.line += 1;
        this.skipInsignificantLines();
        if (this.line >= this.lineStarts.length) throw new Unsupported();
        const indent = this.indent(this.line);
        if (indent <= column) throw new Unsupported();
        item = this.blockNode(indent);
      } else if (this.isSequenceItem(itemStart)) {
        throw new Unsupported();
      } else if (this.scanKey(itemStart) !== undefined) {
        // `- type: A`: a mapping whose keys line up with this first one.
        item = this.blockMap(itemStart - this.lineStarts[this.line]!);
      } else {
        const inline = this.inlineValue(itemStart, end);
        this.expectLineEnd(inline.end, end);
        this.line += 1;
        item = inline;
      }
      items.push(item.node);
      value.push(item.value);
      this.skipInsignificantLines();
      if (this.line >= this.lineStarts.length) return { node, value };
      const indent = this.indent(this.line);
      if (indent < column) return { node, value };
      if (indent > column) throw new Unsupported();
      // The mapping this sequence sits in goes on.
      if (!this.isSequenceItem(this.lineStarts[this.line]! + indent)) return { node, value };
    }
  }

  /** The block node that starts at `indent` of the current line. */
  private blockNode(indent: number): { node: PlainNode; value: unknown } {
    const start = this.lineStarts[this.line]! + indent;
    if (this.isSequenceItem(start)) return this.blockSeq(indent);
    if (this.scanKey(start) === undefined) throw new Unsupported();
    return this.blockMap(indent);
  }

  /**
   * The key of a `key: value` line that starts at `start`, or undefined if the text there is not a
   * key. A key is plain or quoted, and its colon is followed by a space or the end of the line.
   */
  private scanKey(start: number): Key | undefined {
    const text = this.text;
    const end = this.lineEnds[this.line]!;
    const first = text.charCodeAt(start);
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const quoted = this.quoted(start, end);
      const colon = this.skipSpaces(quoted.end, end);
      if (text.charCodeAt(colon) !== COLON || (colon + 1 < end && text.charCodeAt(colon + 1) !== SPACE)) return undefined;
      if (quoted.end - start > MAX_IMPLICIT_KEY) throw new Unsupported();
      return { key: quoted.value, keyOffset: start, afterColon: colon + 1 };
    }
    if (!this.canStartPlain(start, end)) return undefined;
    for (let i = start; i < end; i += 1) {
      const c = text.charCodeAt(i);
      if (c === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) {
        if (i - start > MAX_IMPLICIT_KEY) throw new Unsupported();
        return { key: trimSpaces(text.slice(start, i)), keyOffset: start, afterColon: i + 1 };
      }
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) return undefined;
    }
    return undefined;
  }

  /**
   * A value written on one line from `start`: a quoted or plain scalar, or a flow collection. `flow`:
   * inside a flow collection, where a plain scalar ends at `,`, `]` or `}`.
   */
  private inlineValue(start: number, end: number, flow = false): Inline {
    const first = this.text.charCodeAt(start);
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const quoted = this.quoted(start, end);
      return { node: { kind: 'scalar', offset: start }, value: quoted.value, end: quoted.end };
    }
    if (first === OPEN_BRACKET || first === OPEN_BRACE) return this.flowCollection(start, end);
    if (!this.canStartPlain(start, end, flow)) throw new Unsupported();
    const source = trimSpaces(this.text.slice(start, flow ? this.flowPlainEnd(start, end) : this.blockPlainEnd(start, end)));
    if (source.length === 0) throw new Unsupported();
    return { node: { kind: 'scalar', offset: start }, value: resolvePlain(source), end: start + source.length };
  }

  /** Where a plain scalar in block context ends: the end of the line, or a comment. */
  private blockPlainEnd(start: number, end: number): number {
    for (let i = start; i < end; i += 1) {
      const c = this.text.charCodeAt(i);
      if (c === HASH && this.text.charCodeAt(i - 1) === SPACE) return i;
      // `a: b: c` is an error, and a trailing colon would make a key of the value.
      if (c === COLON && (i + 1 === end || this.text.charCodeAt(i + 1) === SPACE)) throw new Unsupported();
    }
    return end;
  }

  /** Where a plain scalar inside a flow collection ends: at `,`, `]` or `}`. */
  private flowPlainEnd(start: number, end: number): number {
    for (let i = start; i < end; i += 1) {
      const c = this.text.charCodeAt(i);
      if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE) return i;
      // A colon is part of the scalar only when text follows it (`mailto:security@example.com`).
      if (c === COLON) {
        const next = this.text.charCodeAt(i + 1);
        if (i + 1 >= end || next === SPACE || FLOW_INDICATORS.has(next)) throw new Unsupported();
      }
      // Comments and opening brackets inside flow scalars: left to yaml.
      if (c === HASH || c === OPEN_BRACKET || c === OPEN_BRACE) throw new Unsupported();
    }
    return end;
  }

  /** `[a, b]` or `{ k: v, k2: v2 }`, closed on the same line. */
  private flowCollection(start: number, end: number): Inline {
    const text = this.text;
    const isMap = text.charCodeAt(start) === OPEN_BRACE;
    const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
    let at = this.skipSpaces(start + 1, end);
    if (text.charCodeAt(at) === close) {
      return isMap
        ? { node: { kind: 'map', offset: start, entries: new Map() }, value: {}, end: at + 1 }
        : { node: { kind: 'seq', offset: start, items: [] }, value: [], end: at + 1 };
    }
    const entries = new Map<string, { keyOffset: number; value: PlainNode }>();
    const mapValue: Record<string, unknown> = {};
    const items: PlainNode[] = [];
    const seqValue: unknown[] = [];
    for (;;) {
      if (isMap) {
        const key = this.flowKey(at, end);
        if (entries.has(key.key) || key.key === '__proto__') throw new Unsupported();
        const item = this.inlineValue(this.skipSpaces(key.afterColon, end), end, true);
        entries.set(key.key, { keyOffset: at, value: item.node });
        mapValue[key.key] = item.value;
        at = item.end;
      } else {
        const item = this.inlineValue(at, end, true);
        items.push(item.node);
        seqValue.push(item.value);
        at = item.end;
      }
      at = this.skipSpaces(at, end);
      const c = text.charCodeAt(at);
      if (c === close) {
        return isMap
          ? { node: { kind: 'map', offset: start, entries }, value: mapValue, end: at + 1 }
          : { node: { kind: 'seq', offset: start, items }, value: seqValue, end: at + 1 };
      }
      if (c !== COMMA) throw new Unsupported();
      at = this.skipSpaces(at + 1, end);
      // A trailing comma, or the collection going on to the next line.
      if (at >= end || text.charCodeAt(at) === close) throw new Unsupported();
    }
  }

  private flowKey(start: number, end: number): Key {
    const text = this.text;
    const first = text.charCodeAt(start);
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const quoted = this.quoted(start, end);
      if (text.charCodeAt(quoted.end) !== COLON || text.charCodeAt(quoted.end + 1) !== SPACE) throw new Unsupported();
      return { key: quoted.value, keyOffset: start, afterColon: quoted.end + 1 };
    }
    if (!this.canStartPlain(start, end, true)) throw new Unsupported();
    for (let i = start; i < end; i += 1) {
      const c = text.charCodeAt(i);
      if (c === COLON) {
        if (text.charCodeAt(i + 1) !== SPACE) throw new Unsupported();
        return { key: trimSpaces(text.slice(start, i)), keyOffset: start, afterColon: i + 1 };
      }
      if (FLOW_INDICATORS.has(c) || c === HASH) throw new Unsupported();
    }
    throw new Unsupported();
  }

  /** A quoted scalar that starts at `start` and closes before `end`. */
  private quoted(start: number, end: number): { value: string; end: number } {
    const text = this.text;
    if (text.charCodeAt(start) === SINGLE_QUOTE) {
      let value = '';
      let from = start + 1;
      for (;;) {
        const close = text.indexOf("'", from);
        if (close === -1 || close >= end) throw new Unsupported();
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) !== SINGLE_QUOTE) return { value, end: close + 1 };
        value += "'";
        from = close + 2;
      }
    }
    let value = '';
    let from = start + 1;
    for (let i = from; i < end; i += 1) {
      const c = text.charCodeAt(i);
      if (c === DOUBLE_QUOTE) return { value: value + text.slice(from, i), end: i + 1 };
      if (c !== BACKSLASH) continue;
      value += text.slice(from, i);
      const code = text[i + 1] ?? '';
      const simple = ESCAPES[code];
      if (simple !== undefined) {
        value += simple;
        i += 1;
      } else if (code in HEX_ESCAPE_LENGTH) {
        const length = HEX_ESCAPE_LENGTH[code]!;
        const hex = text.slice(i + 2, i + 2 + length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex) || i + 2 + length > end) throw new Unsupported();
        const point = parseInt(hex, 16);
        if (point > 0x10ffff) throw new Unsupported();
        value += String.fromCodePoint(point);
        i += 1 + length;
      } else {
        throw new Unsupported();
      }
      from = i + 1;
    }
    throw new Unsupported();
  }

  /** Whether a plain scalar may start at `at` (YAML's ns-plain-first; `flow` inside a flow collection). */
  private canStartPlain(at: number, end: number, flow = false): boolean {
    if (at >= end) return false;
    const c = this.text.charCodeAt(at);
    if (NOT_PLAIN_START.has(c) || c === OPEN_BRACKET || c === OPEN_BRACE || c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return false;
    if (c === DASH || c === COLON || c === 0x3f /* ? */) {
      const next = this.text.charCodeAt(at + 1);
      return at + 1 < end && next !== SPACE && !(flow && FLOW_INDICATORS.has(next));
    }
    return true;
  }

  /** After a value, only spaces and a comment may end the line. */
  private expectLineEnd(at: number, end: number): void {
    const next = this.skipSpaces(at, end);
    if (next === end) return;
    if (this.text.charCodeAt(next) === HASH && next > at) return;
    throw new Unsupported();
  }

  /** `- ` or a lone `-` at `at`. */
  private isSequenceItem(at: number): boolean {
    const end = this.lineEnds[this.line]!;
    return this.text.charCodeAt(at) === DASH && (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE);
  }

  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === SPACE) at += 1;
    return at;
  }

  private indent(line: number): number {
    const start = this.lineStarts[line]!;
    return this.skipSpaces(start, this.lineEnds[line]!) - start;
  }

  /** Past blank lines and comment lines. */
  private skipInsignificantLines(): void {
    while (this.line < this.lineStarts.length) {
      const end = this.lineEnds[this.line]!;
      const first = this.skipSpaces(this.lineStarts[this.line]!, end);
      if (first < end && this.text.charCodeAt(first) !== HASH) return;
      this.line += 1;
    }
  }
}

/** Trailing spaces are not part of a plain scalar (YAML trims spaces and tabs only, not other Unicode spaces). */
function trimSpaces(source: string): string {
  let end = source.length;
  while (end > 0 && source.charCodeAt(end - 1) === SPACE) end -= 1;
  return end === source.length ? source : source.slice(0, end);
}

/**
 * A plain scalar's value under the YAML 1.2 core schema, test for test as yaml 2 resolves it
 * (schema/core: null, bool, octal, decimal and hex integers, .inf/.nan, floats); anything else is text.
 */
export function resolvePlain(source: string): unknown {
  const first = source.charCodeAt(0);
  // Most values (names, addresses, targets, text) start with a letter no core tag starts with.
  const maybeTagged = (first >= 0x30 && first <= 0x39) || '+-.~nNtTfF'.includes(source[0]!);
  if (!maybeTagged) return source;
  // Addresses (`192.0.2.1`, `2001:db8::1`) start like numbers but are not one: a number has no colon and at most one dot.
  if (source.includes(':') || source.indexOf('.') !== source.lastIndexOf('.')) return source;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source)) return first === 0x74 || first === 0x54;
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source)) return parseFloat(source);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) return parseFloat(source);
  return source;
}

/**
 * The offset of the node at `path` (its key's, with `at: 'key'`), or of the deepest node on the way
 * when the path goes further than the document: what parse.ts's Locator gives for a yaml document.
 */
export function plainNodeOffset(root: PlainMap, path: readonly string[], at: 'key' | 'value' = 'value'): number {
  let node: PlainNode = root;
  let keyOffset: number | undefined;
  for (const segment of path) {
    keyOffset = undefined;
    let next: PlainNode | undefined;
    if (node.kind === 'map') {
      const entry = node.entries.get(segment);
      next = entry?.value;
      keyOffset = entry?.keyOffset;
    } else if (node.kind === 'seq') {
      next = node.items[Number(segment)];
    }
    if (next === undefined) {
      keyOffset = undefined;
      break;
    }
    node = next;
  }
  return at === 'key' && keyOffset !== undefined ? keyOffset : node.offset;
}
