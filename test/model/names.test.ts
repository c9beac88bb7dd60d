import { describe, expect, it } from 'vitest';
import { compileIgnore, globToRegExp } from '../../src/model/ignore.js';
import { checkHostName, checkOwnerName, checkZoneName, relativeFromAbsolute } from '../../src/model/names.js';

describe('owner names', () => {
  it.each(['@', 'www', 'WWW', 'a.b.c', '_sip._tcp', '*', '*.sub', 'x-1', '1.2', `${'a'.repeat(63)}`])('accepts %j', (name) => {
    expect(checkOwnerName(name, 'example.com')).toBeUndefined();
  });

  it.each([
    ['', 'empty record name'],
    ['www.', 'ends with a dot'],
    ['a..b', 'empty label'],
    ['.a', 'empty label'],
    ['a.*', '"*" is only allowed as the leftmost label'],
    ['w*w', 'contains "*"'],
    ['a b', 'contains " "'],
    ['a/b', 'contains "/"'],
    ['a'.repeat(64), 'the limit is 63'],
    [Array.from({ length: 5 }, () => 'a'.repeat(50)).join('.'), 'the limit is 253'],
    ['bücher', 'is not ASCII'],
  ])('refuses %j (%s)', (name, message) => {
    expect(checkOwnerName(name, 'example.com')?.message).toContain(message);
  });

  it('suggests the relative spelling of an absolute name', () => {
    expect(checkOwnerName('www.example.com.', 'example.com')?.hint).toBe('write "www"');
    expect(checkOwnerName('example.com.', 'example.com')?.hint).toBe('write "@"');
  });

  it('suggests the punycode of an internationalised name', () => {
    expect(checkOwnerName('bücher', 'example.com')?.hint).toContain('xn--bcher-kva');
  });

  it('counts the zone in the total length', () => {
    const name = Array.from({ length: 4 }, () => 'a'.repeat(60)).join('.');
    expect(checkOwnerName(name, 'x.io')).toBeUndefined();
    expect(checkOwnerName(name, 'example.com')?.message).toContain('253');
  });
});

describe('host names and zone names', () => {
  it('checks host names', () => {
    expect(checkHostName('mx1.example.net', 'target')).toBeUndefined();
    expect(checkHostName('mx1..example.net', 'target')?.message).toContain('empty label');
    expect(checkHostName('*.example.net', 'target')?.message).toContain('contains "*"');
  });
  it('wants a domain name for a zone', () => {
    expect(checkZoneName('example.com')).toBeUndefined();
    expect(checkZoneName('notes')?.message).toContain('not a domain name');
  });
  it('relativises names of the zone', () => {
    expect(relativeFromAbsolute('www.example.com', 'example.com')).toBe('www');
    expect(relativeFromAbsolute('example.com', 'example.com')).toBe('@');
    expect(relativeFromAbsolute('www.other.com', 'example.com')).toBeUndefined();
    expect(relativeFromAbsolute('wwwexample.com', 'example.com')).toBeUndefined();
  });
});

describe('ignore globs', () => {
  it.each([
    ['_acme-challenge*', '_acme-challenge', true],
    ['_acme-challenge*', '_acme-challenge.www', true],
    ['_acme-challenge*', 'www._acme-challenge', false],
    ['*._domainkey', 'gm1._domainkey', true],
    ['gm?._domainkey', 'gm1._domainkey', true],
    ['gm?._domainkey', 'gm12._domainkey', false],
    ['WWW', 'www', true],
    ['@', '@', true],
    ['@', 'www', false],
    ['*', '@', true],
    ['a.b', 'axb', false],
    ['a+b', 'a+b', true],
  ])('%j matches %j: %s', (glob, name, expected) => {
    expect(globToRegExp(glob).test(name)).toBe(expected);
  });

  it('matches the type when the rule has one', () => {
    const matcher = compileIgnore([{ name: '_acme-challenge*', type: 'TXT' }, { name: 'legacy' }]);
    expect(matcher.match({ name: '_acme-challenge', type: 'TXT' })?.name).toBe('_acme-challenge*');
    expect(matcher.match({ name: '_acme-challenge', type: 'CNAME' })).toBeUndefined();
    expect(matcher.match({ name: 'legacy', type: 'MX' })?.name).toBe('legacy');
  });
});
