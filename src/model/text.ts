/**
 * RFC 1035 character-strings: the quoted text in TXT, SPF, CAA and NAPTR values.
 *
 * Gandi returns TXT values quoted and, beyond 255 bytes, split into several strings (`"a…" "b…"`).
 * The model keeps the decoded text (`ab…`) and re-encodes it at the edge, so that however Gandi chose
 * to split or quote, the same text compares equal.
 *
 * Decoded text is a byte string: one JS character per octet (0..255). Non-ASCII characters in a raw
 * value (which a JSON answer could carry) are turned into their UTF-8 octets before escapes are
 * resolved, so that decoding and encoding are inverse functions.
 */

/** One whitespace-separated token of a presentation-format value, as written (quotes and escapes kept). */
export interface Token {
  readonly raw: string;
  /** Whether the token holds a quoted section. */
  readonly quoted: boolean;
}

export interface Tokens {
  readonly tokens: Token[];
  /** A quote was opened and never closed. */
  readonly unterminated: boolean;
}

const isWhitespace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** Splits a presentation-format value on whitespace outside quotes; `\` escapes the next character. */
export function tokenize(value: string): Tokens {
  const tokens: Token[] = [];
  let start = -1;
  let inQuotes = false;
  let quoted = false;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (!inQuotes && isWhitespace(code)) {
      if (start !== -1) tokens.push({ raw: value.slice(start, i), quoted });
      start = -1;
      quoted = false;
      continue;
    }
    if (start === -1) start = i;
    if (code === 0x5c /* \ */) i += 1;
    else if (code === 0x22 /* " */) {
      inQuotes = !inQuotes;
      quoted = true;
    }
  }
  if (start !== -1) tokens.push({ raw: value.slice(start), quoted });
  return { tokens, unterminated: inQuotes };
}

/** The text of one token: quotes dropped, `\"`, `\\`, `\X` and `\DDD` (a decimal octet) resolved. */
export function decodeCharacterString(rawText: string): string {
  const raw = utf8Octets(rawText);
  // The usual case, `"text"` without escapes: a slice, not a character-by-character copy.
  if (!raw.includes('\\')) {
    const inner = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
    if (!inner.includes('"')) return inner;
  }
  let out = '';
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw.charAt(i);
    if (c === '"') continue;
    if (c === '\\' && i + 1 < raw.length) {
      const digits = raw.slice(i + 1, i + 4);
      if (/^[0-9]{3}$/.test(digits) && Number(digits) <= 255) {
        out += String.fromCharCode(Number(digits));
        i += 3;
      } else {
        out += raw.charAt(i + 1);
        i += 1;
      }
      continue;
    }
    out += c;
  }
  return out;
}

/** One quoted character-string: `"` and `\` escaped, octets outside printable ASCII as `\DDD`. */
export function encodeCharacterString(text: string): string {
  let out = '"';
  for (const c of utf8Octets(text, 0xff)) {
    const code = c.charCodeAt(0);
    if (c === '"' || c === '\\') out += `\\${c}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${String(code).padStart(3, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

/** Largest character-string in a TXT rdata (RFC 1035: a length octet, so 255). */
export const TXT_CHUNK = 255;

/**
 * The text of a TXT/SPF value as Gandi returns it. A value that starts with a quote is a sequence of
 * character-strings, concatenated. A bare value (Gandi quotes what it stores, so this is only a
 * defensive path) is taken as the text itself, which is what whoever wrote it bare meant.
 */
export function decodeTxt(wire: string): string {
  const trimmed = wire.trim();
  if (!trimmed.startsWith('"')) return utf8Octets(wire);
  return tokenize(trimmed).tokens.map((t) => decodeCharacterString(t.raw)).join('');
}

/** The wire form of a TXT/SPF text: quoted 255-octet chunks separated by a space (DNSControl does the same). */
export function encodeTxt(text: string): string {
  const bytes = utf8Octets(text, 0xff);
  if (bytes.length === 0) return '""';
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += TXT_CHUNK) chunks.push(encodeCharacterString(bytes.slice(i, i + TXT_CHUNK)));
  return chunks.join(' ');
}

/**
 * Characters above `keepBelow` become their UTF-8 octets, one character per octet. Raw text converts
 * everything above ASCII; already-decoded byte strings pass 0xFF so their octets stay as they are.
 */
export function utf8Octets(text: string, keepBelow = 0x7f): string {
  let plain = true;
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) > keepBelow) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  let out = '';
  const encoder = new TextEncoder();
  for (const c of text) {
    if (c.charCodeAt(0) <= keepBelow) out += c;
    else for (const byte of encoder.encode(c)) out += String.fromCharCode(byte);
  }
  return out;
}

/** Printable ASCII, the only characters Gandi accepts in a value (its PATCH schema: `^[\x20-\x7E]+$`). */
export function isPrintableAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}
