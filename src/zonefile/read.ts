/**
 * Reading zone files from disk: the only file system access of the zone file code. Everything that can
 * go wrong with a file (missing, unreadable, too large, not UTF-8) becomes an Issue, never an exception.
 *
 * The file system calls are synchronous on purpose. A repository holds many small zone files, and each
 * promise-based call is a round trip through libuv's thread pool: reading 200 files (list, lstat, open,
 * fstat, read, close) took about 75 ms with fs/promises and takes about 10 ms this way. Nothing else has
 * to run meanwhile: every file is read and validated before the first request.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import { compareStrings } from '../model/rrset.js';
import type { DesiredZone, Issue } from '../model/types.js';
import { MAX_ZONE_FILE_BYTES, parseTemplateFile, parseZoneFiles, zoneNameFromFile, type ParsedZoneFile } from './parse.js';
import { instantiateTemplate, isTemplatePath, mergeTemplateIssues, templateNameFromFile, TEMPLATES_DIR, type TemplateLibrary, type ZoneTemplate } from './templates.js';

const ZONE_FILE = /\.ya?ml$/i;

/** The YAML files named by some paths, sorted into zone files and template files. */
export interface FoundFiles {
  readonly zoneFiles: string[];
  /** Template files (`_templates/*.yaml`) named directly, or through their `_templates` directory. */
  readonly templateFiles: string[];
  readonly issues: Issue[];
}

/**
 * The files some paths name. A path is a file, or a directory whose `*.yaml`/`*.yml` entries are taken
 * (not recursively; entries starting with `_` are skipped: `_templates/` is read through the zone files
 * that use it), in name order. A file directly inside a `_templates` directory, or a `_templates`
 * directory itself, names template files.
 */
export async function findFiles(paths: readonly string[], options: { readonly withTemplates?: boolean } = {}): Promise<FoundFiles> {
  const issues: Issue[] = [];
  const zoneFiles: string[] = [];
  const templateFiles: string[] = [];
  for (const given of paths) {
    const found = await listYamlFiles(given);
    if ('issue' in found) {
      issues.push(found.issue);
      continue;
    }
    for (const file of found.files) (isTemplatePath(file) ? templateFiles : zoneFiles).push(file);
    // With `withTemplates`, a directory of zone files also names the templates beside them.
    if (options.withTemplates && found.directory && !isTemplatePath(path.join(given, 'x.yaml'))) {
      const templates = await listYamlFiles(path.join(given, TEMPLATES_DIR), { quiet: true });
      if ('files' in templates) templateFiles.push(...templates.files);
    }
  }
  return { zoneFiles: [...new Set(zoneFiles)], templateFiles: [...new Set(templateFiles)], issues };
}

/**
 * Reads zone files. Each path is a file, or a directory whose `*.yaml`/`*.yml` entries are read (not
 * recursively; entries starting with `_` are skipped), in name order. A zone file's templates are read
 * from the `_templates/` directory next to it. Zones come back in the order of their files; a zone
 * defined by two files is an error. Template files given directly are checked on their own.
 */
export async function readZones(paths: string[]): Promise<{ zones: DesiredZone[]; issues: Issue[] }> {
  const found = await findFiles(paths);
  const issues: Issue[] = [...found.issues];
  const libraries = new TemplateLibraries();
  const unique = found.zoneFiles;
  // Read concurrently, then parse in one batch (see parseZoneFiles).
  const loaded = await Promise.all(
    unique.map(async (file) => {
      const read = await readTextFile(file);
      if ('issues' in read) return read;
      const { library } = await libraries.forZoneFile(file);
      return { text: read.text, file, options: { templates: library } };
    }),
  );
  const parsed = parseZoneFiles(loaded.flatMap((entry) => ('text' in entry ? [entry] : [])));
  let next = 0;
  const results: (ParsedZoneFile | { issues: Issue[] })[] = loaded.map((entry) => ('text' in entry ? parsed[next++]! : entry));
  for (const file of found.templateFiles) await libraries.forTemplateFile(file);

  const used = new Set<string>();
  for (const [index, result] of results.entries()) {
    const dir = path.join(path.dirname(unique[index] ?? ''), TEMPLATES_DIR);
    for (const name of 'templates' in result ? (result.templates ?? []) : []) used.add(path.join(dir, name));
  }
  issues.push(...(await libraries.issues((template) => used.has(path.join(path.dirname(template.file), template.name)), found.templateFiles)));

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
    if ('zone' in result && result.zone) zones.push(result.zone);
  }
  return { zones, issues: mergeTemplateIssues(issues) };
}

/**
 * The template libraries of the zone directories being read, each loaded once. Their files' own issues
 * are reported once, whatever the number of zones using them.
 */
export class TemplateLibraries {
  private readonly loaded = new Map<string, Promise<{ library: TemplateLibrary; issues: Issue[] }>>();
  /** Libraries loaded for zone files: all their templates are part of the estate being read. */
  private readonly whole = new Set<string>();

  /** The templates a zone file may use: `_templates/` next to it. */
  forZoneFile(file: string): Promise<{ library: TemplateLibrary; issues: Issue[] }> {
    const dir = path.join(path.dirname(file), TEMPLATES_DIR);
    this.whole.add(dir);
    return this.load(dir);
  }

  /** The library a template file belongs to. */
  forTemplateFile(file: string): Promise<{ library: TemplateLibrary; issues: Issue[] }> {
    return this.load(path.dirname(file));
  }

  private load(dir: string): Promise<{ library: TemplateLibrary; issues: Issue[] }> {
    let loading = this.loaded.get(dir);
    if (!loading) {
      loading = loadTemplateLibrary(dir);
      this.loaded.set(dir, loading);
    }
    return loading;
  }

  /**
   * The issues of the template files: their own (syntax, schema, shape) and, for those no zone uses
   * (`isUsed` false) or that were named directly (`named`), the rules as if used by a zone. A library
   * loaded only for templates named directly reports on those alone.
   */
  async issues(isUsed: (template: ZoneTemplate) => boolean, named: readonly string[] = []): Promise<Issue[]> {
    const issues: Issue[] = [];
    const namedSet = new Set(named);
    for (const [dir, loading] of this.loaded) {
      const { library, issues: own } = await loading;
      const whole = this.whole.has(dir);
      issues.push(...(whole ? own : own.filter((issue) => namedSet.has(issue.file))));
      for (const template of library.templates.values()) {
        const check = namedSet.has(template.file) || (whole && !isUsed(template));
        if (check) issues.push(...instantiateTemplate(template, undefined).issues);
      }
    }
    // File by file (a template's own problems and those of its records together), each in line order.
    return issues
      .map((issue, index) => ({ issue, index }))
      .sort((a, b) => compareStrings(a.issue.file, b.issue.file) || (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.index - b.index)
      .map((x) => x.issue);
  }
}

/** Reads every template of a `_templates` directory; a missing directory is an empty library. */
export async function loadTemplateLibrary(dir: string): Promise<{ library: TemplateLibrary; issues: Issue[] }> {
  const templates = new Map<string, ZoneTemplate>();
  const broken = new Map<string, string>();
  const issues: Issue[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(dir).filter((entry) => ZONE_FILE.test(entry)).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') issues.push(fsIssue(dir, error));
  }
  for (const entry of entries) {
    const file = path.join(dir, entry);
    const name = templateNameFromFile(file);
    if (templates.has(name) || broken.has(name)) {
      issues.push({ severity: 'error', rule: 'duplicate-template', message: `template "${name}" is also defined by ${templates.get(name)?.file ?? broken.get(name) ?? ''}`, hint: 'keep one file per template', file });
      continue;
    }
    const read = await readTextFile(file);
    const parsed: { template?: ZoneTemplate; issues: Issue[] } = 'issues' in read ? read : parseTemplateFile(read.text, file);
    issues.push(...parsed.issues);
    if (parsed.template) templates.set(name, parsed.template);
    else broken.set(name, file);
  }
  return { library: { dir, templates, broken }, issues };
}

async function listYamlFiles(given: string, options: { quiet?: boolean } = {}): Promise<{ files: string[]; directory: boolean } | { issue: Issue }> {
  if (given.includes('\u0000')) return { issue: { severity: 'error', rule: 'read', message: 'the path contains a NUL character', hint: 'check how the path was written', file: given } };
  let info;
  try {
    info = statSync(given);
  } catch (error) {
    return { issue: fsIssue(given, error) };
  }
  if (!info.isDirectory()) return { files: [given], directory: false };
  let entries: Dirent[];
  try {
    entries = readdirSync(given, { withFileTypes: true });
  } catch (error) {
    return { issue: fsIssue(given, error) };
  }
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const names = [...byName.keys()].filter((e) => ZONE_FILE.test(e) && !e.startsWith('_')).sort();
  if (names.length === 0) {
    if (options.quiet) return { files: [], directory: true };
    return { issue: { severity: 'warning', rule: 'no-zone-files', message: 'no zone files (*.yaml, *.yml) in this directory', hint: 'zone files are named after their zone, e.g. example.com.yaml', file: given } };
  }
  const files: string[] = [];
  for (const name of names) {
    const file = path.join(given, name);
    // A directory named like a zone file is not one (nor a link to one); anything else is read, or refused with a reason.
    const entry = byName.get(name);
    if (entry?.isDirectory() || (entry?.isSymbolicLink() && directoryBehindLink(file))) continue;
    files.push(file);
  }
  return { files, directory: true };
}

/** Refused when checked before opening, and again if the open finds the file has changed kind since. */
const NOT_REGULAR = { rule: 'read', message: 'not a regular file (a device, FIFO or socket)', hint: 'zone files are plain files' } as const;

/**
 * Why a path must not be read as a zone file, or its stats. Zone files arrive in pull requests, and git
 * stores symbolic links: a link to /proc/self/environ, ~/.ssh or ../../.git/config would have its
 * content quoted back in error messages (and so in the PR comment), and a link to /dev/zero or a FIFO
 * would never finish reading. So a zone file is a regular file, and a link must stay inside the
 * directory that holds it or the working directory (a link between two zone files is fine).
 */
function refusal(file: string): { rule: string; message: string; hint: string } | { info: Stats } {
  // On Windows a backslash separates directories; elsewhere it would make the file name claim a zone it does not spell.
  if (path.sep === '/' && path.basename(file).includes('\\')) {
    return { rule: 'zone-name', message: 'the file name contains a backslash', hint: 'name zone files after their domain, e.g. zones/example.com.yaml' };
  }
  const link = lstatSync(file);
  if (link.isSymbolicLink()) {
    const target = realpathSync(file);
    const roots = [path.dirname(file), process.cwd()].map((dir) => {
      try {
        return realpathSync(dir);
      } catch {
        return path.resolve(dir);
      }
    });
    if (!roots.some((root) => target === root || target.startsWith(`${root}${path.sep}`))) {
      return {
        rule: 'read',
        message: `the file is a symbolic link to ${target}, outside its directory and the working directory`,
        hint: 'zone files are read only from the repository: copy the file instead of linking to it',
      };
    }
  }
  // Not opened at all unless regular: opening a FIFO waits for a writer, and some devices act when opened.
  const info = link.isSymbolicLink() ? statSync(file) : link;
  if (!info.isFile()) return NOT_REGULAR;
  return { info };
}

function directoryBehindLink(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Read size for files whose size on disk is unknown or wrong. */
const CHUNK = 1024 * 1024;

/**
 * The file's bytes, or undefined when it holds more than `limit`. Reads at most limit + 1 bytes
 * whatever the size on disk says: a file can grow between stat and read, and /proc files report 0.
 */
function readAtMost(file: string, limit: number): Buffer | undefined | 'not-regular' {
  // O_NONBLOCK: should the file have become a FIFO since it was checked, the open does not wait for a writer.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return 'not-regular';
    const size = info.size;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(size - total + 1, 4096), CHUNK, limit + 1 - total));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return undefined;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of a zone or template file, or why it cannot be had: missing, unreadable, too large (refused
 * before it is loaded), not UTF-8.
 */
export async function readTextFile(file: string): Promise<{ text: string } | { issues: Issue[] }> {
  const refuse = (rule: string, message: string, hint?: string) => ({ issues: [{ severity: 'error' as const, rule, message, ...(hint === undefined ? {} : { hint }), file }] });
  const tooLarge = (bytes: number | undefined) =>
    refuse(
      'file-too-large',
      bytes === undefined ? `the file holds more than ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB; zone files are limited to that` : `the file is ${(bytes / 1024 / 1024).toFixed(1)} MiB; zone files are limited to ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB`,
      'split very large zones, or check that this is the right file',
    );
  let bytes: Buffer | undefined;
  try {
    const checked = refusal(file);
    if ('rule' in checked) return refuse(checked.rule, checked.message, checked.hint);
    // Check the size before reading, so that a huge file is refused without being loaded.
    if (checked.info.size > MAX_ZONE_FILE_BYTES) return tooLarge(checked.info.size);
    const read = readAtMost(file, MAX_ZONE_FILE_BYTES);
    if (read === 'not-regular') return refuse(NOT_REGULAR.rule, NOT_REGULAR.message, NOT_REGULAR.hint);
    if (read === undefined) return tooLarge(undefined);
    bytes = read;
  } catch (error) {
    return { issues: [fsIssue(file, error)] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
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
