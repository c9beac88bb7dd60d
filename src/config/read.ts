/**
 * Finding and reading livedns.config.yaml: the only file system access of the configuration code. An
 * absent default file means the single-token setup (no accounts); an absent file that was asked for by
 * name is an error.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Issue } from '../model/types.js';
import { CONFIG_FILE, parseConfig, type LiveDnsConfig } from './parse.js';

export interface ReadConfigOptions {
  /** An explicit file (`--config`); default: livedns.config.yaml in `cwd`. */
  readonly file?: string;
  readonly cwd?: string;
}

export async function readConfig(options: ReadConfigOptions = {}): Promise<{ config?: LiveDnsConfig; issues: Issue[] }> {
  const file = options.file ?? path.join(options.cwd ?? '.', CONFIG_FILE);
  const shown = options.file ?? (options.cwd === undefined ? CONFIG_FILE : file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && options.file === undefined) return { issues: [] };
    const message = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read: ${code ?? String(error)}`;
    return { issues: [{ severity: 'error', rule: 'read', message, file: shown }] };
  }
  return parseConfig(text, shown);
}
