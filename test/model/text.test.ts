import { describe, expect, it } from 'vitest';
import { decodeCharacterString, decodeTxt, encodeCharacterString, encodeTxt, tokenize } from '../../src/model/text.js';

describe('TXT decoding (Gandi wire -> text)', () => {
  it.each([
    ['"v=spf1 -all"', 'v=spf1 -all'],
    ['"a" "b"', 'ab'],
    ['"a"  "b"\t"c"', 'abc'],
    ['"say \\"hi\\""', 'say "hi"'],
    ['"back\\\\slash"', 'back\\slash'],
    ['"\\065\\066C"', 'ABC'],
    ['"semi\\;colon"', 'semi;colon'],
    ['""', ''],
    ['"with space" ""', 'with space'],
    // A bare value (not what Gandi returns, but what a writer meant) is the text itself.
    ['v=spf1 -all', 'v=spf1 -all'],
    // Non-ASCII arriving raw in JSON becomes its UTF-8 octets, as \DDD escapes would give.
    ['"é"', '\u00c3\u00a9'],
    ['"\\195\\169"', '\u00c3\u00a9'],
  ])('%s -> %j', (wire, text) => {
    expect(decodeTxt(wire)).toBe(text);
  });

  it('concatenates however the text was split', () => {
    const text = 'k'.repeat(600);
    const gandiSplit = `"${text.slice(0, 150)}" "${text.slice(150, 260)}" "${text.slice(260)}"`;
    expect(decodeTxt(gandiSplit)).toBe(text);
    expect(decodeTxt(encodeTxt(text))).toBe(text);
  });
});

describe('TXT encoding (text -> wire)', () => {
  it('quotes, escapes and chunks at 255 octets', () => {
    expect(encodeTxt('v=spf1 -all')).toBe('"v=spf1 -all"');
    expect(encodeTxt('')).toBe('""');
    expect(encodeTxt('say "hi" \\o/')).toBe('"say \\"hi\\" \\\\o/"');
    const long = `${'a'.repeat(255)}${'b'.repeat(255)}c`;
    expect(encodeTxt(long)).toBe(`"${'a'.repeat(255)}" "${'b'.repeat(255)}" "c"`);
  });

  it('chunks by octets of the text, not by escaped length', () => {
    const quotes = '"'.repeat(300);
    const wire = encodeTxt(quotes);
    expect(wire.split('" "')).toHaveLength(2);
    expect(decodeTxt(wire)).toBe(quotes);
  });

  it('writes octets outside printable ASCII as \\DDD', () => {
    expect(encodeCharacterString('\u00c3\u00a9\n')).toBe('"\\195\\169\\010"');
    expect(decodeCharacterString(encodeCharacterString('\u00c3\u00a9\n'))).toBe('\u00c3\u00a9\n');
  });
});

describe('tokenize', () => {
  it('splits on whitespace outside quotes and keeps escapes', () => {
    expect(tokenize('0 issue "a b; c=\\"d\\""').tokens.map((t) => t.raw)).toEqual(['0', 'issue', '"a b; c=\\"d\\""']);
    expect(tokenize('"open').unterminated).toBe(true);
  });
});
