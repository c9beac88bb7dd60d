/**
 * Reading zone files from disk: the only file system access of the zone file code. Everything that can
 * go wrong with a file (missing, unreadable, too large, not UTF-8) becomes an Issue, never an exception.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DesiredZone, Issue } from '../model/types.js';
import { MAX_ZONE_FILE_BYTES, parseZoneFile, zoneNameFromFile } from './parse.js';

const ZONE_FILE = /\.ya?ml$/i;

/**
 * Reads zone files. Each path is a file, or a directory whose `*.yaml`/`*.yml` entries are read (not
 * recursively; entries starting with `_` are skipped, leaving room for shared snippets), in name order.
 * Zones come back in the order of their files; a zone defined by two files is an error.
 */
export async function readZones(paths: string[]): Promise<{ zones: DesiredZone[]; issues: Issue[] }> {
  const issues: Issue[] = [];
  const files: string[] = [];
  for (const given of paths) {
    const found = await listZoneFiles(given);
    if ('issue' in found) issues.push(found.issue);
    else files.push(...found.files);
  }
  const unique = [...new Set(files)];
  const results = await Promise.all(unique.map((file) => readZoneFile(file)));
  const zones: DesiredZone[] = [];
  const fileOfZone = new Map<string, string>();
  for (const [index, result] of results.entries()) {
    const file = unique[index] ?? '';
    issues.push(...result.issues);
    const zoneName = zoneNameFromFile(file);
    const other = fileOfZone.get(zoneName);
    if (other !== undefined) {
      issues.push({ severity: 'error', rule: 'duplicate-zone', message: `zone ${zoneName} is also defined by ${other}`, hint: 'keep one file per zone', file });
      continue;
    }
    fileOfZone.set(zoneName, file);
    if (result.zone) zones.push(result.zone);
  }
  return { zones, issues };
}

async function listZoneFiles(given: string): Promise<{ files: string[] } | { issue: Issue }> {
  let info;
  try {
    info = await stat(given);
  } catch (error) {
    return { issue: fsIssue(given, error) };
  }
  if (!info.isDirectory()) return { files: [given] };
  let entries: string[];
  try {
    entries = await readdir(given);
  } catch (error) {
    return { issue: fsIssue(given, error) };
  }
  const names = entries.filter((e) => ZONE_FILE.test(e) && !e.startsWith('_')).sort();
  if (names.length === 0) {
    return { issue: { severity: 'warning', rule: 'no-zone-files', message: 'no zone files (*.yaml, *.yml) in this directory', hint: 'zone files are named after their zone, e.g. example.com.yaml', file: given } };
  }
  const files: string[] = [];
  for (const name of names) {
    const file = path.join(given, name);
    // A directory named like a zone file is not one.
    const entry = await stat(file).catch(() => undefined);
    if (entry?.isFile()) files.push(file);
  }
  return { files };
}

async function readZoneFile(file: string): Promise<{ zone?: DesiredZone; issues: Issue[] }> {
  const refuse = (rule: string, message: string, hint?: string) => ({ issues: [{ severity: 'error' as const, rule, message, ...(hint === undefined ? {} : { hint }), file }] });
  let bytes: Buffer;
  try {
    // Check the size before reading, so that a huge file is refused without being loaded.
    const info = await stat(file);
    if (info.size > MAX_ZONE_FILE_BYTES) {
      return refuse('file-too-large', `the file is ${(info.size / 1024 / 1024).toFixed(1)} MiB; zone files are limited to ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB`, 'split very large zones, or check that this is the right file');
    }
    bytes = await readFile(file);
  } catch (error) {
    return { issues: [fsIssue(file, error)] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const binary = bytes.includes(0);
    return {
      issues: [
        {
          severity: 'error' as const,
          rule: 'file-encoding',
          message: binary ? 'the file is binary, not YAML text' : 'the file is not valid UTF-8',
          hint: 'zone files are UTF-8 YAML text: check the file, or re-save it as UTF-8',
          file,
          ...at,
        },
      ],
    };
  }
  return parseZoneFile(text, file);
}

function fsIssue(file: string, error: unknown): Issue {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message =
    code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot read: ${error instanceof Error ? error.message : String(error)}`;
  return { severity: 'error', rule: 'read', message, file };
}

/** Line and column (1-based, in bytes) of the first byte that breaks UTF-8, for the message. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k += 1) valid = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    // Overlong, surrogate and out-of-range forms are ruled out by the second byte.
    const second = bytes[i + 1] ?? 0;
    if (valid && lead === 0xe0 && second < 0xa0) valid = false;
    if (valid && lead === 0xed && second > 0x9f) valid = false;
    if (valid && lead === 0xf0 && second < 0x90) valid = false;
    if (valid && lead === 0xf4 && second > 0x8f) valid = false;
    if (!valid) break;
    if (lead === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
    i += length;
  }
  return { line, column: i - lineStart + 1 };
}
