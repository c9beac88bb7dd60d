/**
 * Reading zone files from disk: the only file system access of the zone file code. Everything that can
 * go wrong with a file (missing, unreadable, too large, not UTF-8) becomes an Issue, never an exception.
 */
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DesiredZone, Issue } from '../model/types.js';
import { MAX_ZONE_FILE_BYTES, parseZoneFiles, zoneNameFromFile } from './parse.js';

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
  // Read concurrently, then parse in one batch.
  const loaded = await Promise.all(unique.map((file) => loadZoneFile(file)));
  const texts = loaded.flatMap((entry, i) => ('text' in entry ? [{ text: entry.text, file: unique[i]! }] : []));
  const parsed = parseZoneFiles(texts);
  let next = 0;
  const results: { zone?: DesiredZone; issues: Issue[] }[] = loaded.map((entry) => ('text' in entry ? parsed[next++]! : entry));
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
  if (given.includes('\u0000')) return { issue: { severity: 'error', rule: 'read', message: 'the path contains a NUL character', hint: 'check how the path was written', file: given } };
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
    if (entry?.isDirectory() !== true) files.push(file);
  }
  return { files };
}

/**
 * Why a path must not be read as a zone file, or undefined. Zone files arrive in pull requests, and git
 * stores symbolic links: a link to /proc/self/environ, ~/.ssh or ../../.git/config would have its
 * content quoted back in error messages (and so in the PR comment), and a link to /dev/zero or a FIFO
 * would never finish reading. So a zone file is a regular file, and a link must stay inside the
 * directory that holds it or the working directory (a link between two zone files is fine).
 */
async function refusal(file: string): Promise<{ rule: string; message: string; hint: string } | undefined> {
  // On Windows a backslash separates directories; elsewhere it would make the file name claim a zone it does not spell.
  if (path.sep === '/' && path.basename(file).includes('\\')) {
    return { rule: 'zone-name', message: 'the file name contains a backslash', hint: 'name zone files after their domain, e.g. zones/example.com.yaml' };
  }
  const link = await lstat(file);
  if (link.isSymbolicLink()) {
    const target = await realpath(file);
    const roots = await Promise.all([path.dirname(file), process.cwd()].map((dir) => realpath(dir).catch(() => path.resolve(dir))));
    if (!roots.some((root) => target === root || target.startsWith(`${root}${path.sep}`))) {
      return {
        rule: 'read',
        message: `the file is a symbolic link to ${target}, outside its directory and the working directory`,
        hint: 'zone files are read only from the repository: copy the file instead of linking to it',
      };
    }
  }
  const info = await stat(file);
  if (!info.isFile()) return { rule: 'read', message: 'not a regular file (a device, FIFO or socket)', hint: 'zone files are plain files' };
  return undefined;
}

/** Read size for files whose size on disk is unknown or wrong. */
const CHUNK = 1024 * 1024;

/**
 * The file's bytes, or undefined when it holds more than `limit`. Reads at most limit + 1 bytes
 * whatever the size on disk says: a file can grow between stat and read, and /proc files report 0.
 */
async function readAtMost(file: string, limit: number): Promise<Buffer | undefined> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(size - total + 1, 4096), CHUNK, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return undefined;
    }
  } finally {
    await handle.close();
  }
}

/** The text of a zone file, or why it cannot be read as one. */
async function loadZoneFile(file: string): Promise<{ text: string } | { issues: Issue[] }> {
  const refuse = (rule: string, message: string, hint?: string) => ({ issues: [{ severity: 'error' as const, rule, message, ...(hint === undefined ? {} : { hint }), file }] });
  const tooLarge = (bytes: number | undefined) =>
    refuse(
      'file-too-large',
      bytes === undefined ? `the file holds more than ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB; zone files are limited to that` : `the file is ${(bytes / 1024 / 1024).toFixed(1)} MiB; zone files are limited to ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB`,
      'split very large zones, or check that this is the right file',
    );
  let bytes: Buffer | undefined;
  try {
    const refused = await refusal(file);
    if (refused) return refuse(refused.rule, refused.message, refused.hint);
    // Check the size before reading, so that a huge file is refused without being loaded.
    const info = await stat(file);
    if (info.size > MAX_ZONE_FILE_BYTES) return tooLarge(info.size);
    bytes = await readAtMost(file, MAX_ZONE_FILE_BYTES);
    if (bytes === undefined) return tooLarge(undefined);
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
  return { text };
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
