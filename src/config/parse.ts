/**
 * livedns.config.yaml: the Gandi accounts (organisations) a repository's zones belong to, each with the
 * name of the environment variable holding its token and an optional sharing_id. Validated like a zone
 * file: YAML syntax, then schema/livedns.config.schema.json, then the rules, every problem located.
 *
 * Pure: text in, values out (read.ts does the file system). The token itself never appears in this file
 * nor in any message about it: only the variable's name does.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { DesiredZone, Issue, SourceLocation } from '../model/types.js';
import { Locator } from '../zonefile/parse.js';
import { translateSchemaErrors } from '../zonefile/schema.js';
import { configSchemaValidator } from '../zonefile/schema-validators.js';

/** The default file name, looked up in the working directory (the repository root). */
export const CONFIG_FILE = 'livedns.config.yaml';

export interface AccountConfig {
  readonly name: string;
  /** The environment variable holding the account's Personal Access Token. */
  readonly tokenEnv: string;
  readonly sharingId?: string;
  /** Where the account is declared. */
  readonly source: SourceLocation;
}

export interface LiveDnsConfig {
  readonly file: string;
  readonly accounts: ReadonlyMap<string, AccountConfig>;
}

const ACCOUNT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;


/** Parses and validates livedns.config.yaml. The config is returned only when there is no error. */
export function parseConfig(text: string, file: string): { config?: LiveDnsConfig; issues: Issue[] } {
  const issues: Issue[] = [];
  const report = (rule: string, message: string, at: { line?: number; column?: number } = {}, hint?: string) =>
    issues.push({ severity: 'error', rule, message, ...(hint === undefined ? {} : { hint }), file, ...at });

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  for (const error of doc.errors) report('yaml-syntax', error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, ''), position(error.pos[0]));
  if (doc.errors.length > 0) return { issues };

  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) {
    report('file-empty', 'the configuration is empty', { line: 1, column: 1 }, 'declare at least one account under "accounts:", or delete the file');
    return { issues };
  }
  const locator = new Locator(doc, position, file);
  const validate = configSchemaValidator();
  if (!validate(data)) {
    for (const problem of translateSchemaErrors(validate.errors ?? [])) {
      const { file: _file, ...at } = locator.locate(problem.path, problem.at);
      report('config-schema', problem.message.replace(/the zone file/g, 'the configuration'), at, problem.hint);
    }
    return { issues };
  }

  const accounts = new Map<string, AccountConfig>();
  const raw = (data as { accounts: Record<string, { token_env: string; sharing_id?: string }> }).accounts;
  for (const [name, account] of Object.entries(raw)) {
    const source = locator.locate(['accounts', name], 'key');
    if (!ACCOUNT_NAME.test(name)) {
      const { file: _file, ...at } = source;
      report('config-account-name', `account name "${name}" is not usable`, at, 'account names use letters, digits, ".", "-" and "_"');
      continue;
    }
    accounts.set(name, { name, tokenEnv: account.token_env, ...(account.sharing_id === undefined ? {} : { sharingId: account.sharing_id }), source });
  }
  return issues.length > 0 ? { issues } : { config: { file, accounts }, issues };
}

/**
 * Each zone's `account:` must name an account of the configuration: an unknown name is an error located in
 * the zone file, so that `validate` catches it before any request.
 */
export function checkZoneAccounts(zones: readonly DesiredZone[], config: LiveDnsConfig | undefined): Issue[] {
  const issues: Issue[] = [];
  for (const zone of zones) {
    if (zone.account === undefined) continue;
    const at = zone.accountSource ?? { file: zone.file };
    if (config === undefined) {
      issues.push({
        severity: 'error',
        rule: 'account-unknown',
        message: `account "${zone.account}" is named, but there is no ${CONFIG_FILE}`,
        hint: `declare the account in ${CONFIG_FILE} at the repository root (accounts: { ${zone.account}: { token_env: ... } }), or remove "account:"`,
        ...at,
      });
    } else if (!config.accounts.has(zone.account)) {
      const known = [...config.accounts.keys()];
      issues.push({
        severity: 'error',
        rule: 'account-unknown',
        message: `account "${zone.account}" is not declared in ${config.file}`,
        hint: `declared accounts: ${known.join(', ')}`,
        ...at,
      });
    }
  }
  return issues;
}
