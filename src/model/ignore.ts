/**
 * `ignore:` rules: live rrsets a zone file does not manage. They are left out of the plan entirely, so
 * they are never deleted nor rewritten (dnscontrol's "hands off").
 */
import type { IgnoreRule } from './types.js';

/** A compiled set of rules; compile once per zone, then test every rrset. */
export interface IgnoreMatcher {
  /** The first rule that covers the rrset, if any. */
  match(rrset: { readonly name: string; readonly type: string }): IgnoreRule | undefined;
}

/**
 * Compiles `*` (any run of characters, dots included) and `?` (one character) globs on the relative
 * name, `@` being the apex; matching ignores case, as DNS names do.
 */
export function compileIgnore(rules: readonly IgnoreRule[]): IgnoreMatcher {
  const compiled = rules.map((rule) => ({ rule, pattern: globToRegExp(rule.name) }));
  if (compiled.length === 0) return { match: () => undefined };
  return {
    match(rrset) {
      for (const { rule, pattern } of compiled) {
        if ((rule.type === undefined || rule.type === rrset.type) && pattern.test(rrset.name)) return rule;
      }
      return undefined;
    },
  };
}

export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (const c of glob) {
    if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'is');
}
