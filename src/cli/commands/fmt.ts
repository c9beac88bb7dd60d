import { randomUUID } from 'node:crypto';
import { chmod, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Issue } from '../../model/types.js';
import { formatIssue } from '../../render/issues.js';
import { formatZoneText, meaningOf } from '../../zonefile/format.js';
import { parseTemplateFile, parseZoneFile, zoneNameFromFile } from '../../zonefile/parse.js';
import { findFiles, readTextFile, TemplateLibraries } from '../../zonefile/read.js';
import { instantiateTemplate, isTemplatePath } from '../../zonefile/templates.js';

type Outcome =
  | { readonly status: 'unchanged' | 'changed' }
  /** Not formatted: the file has errors (or, were it ever to happen, formatting would change its meaning). */
  | { readonly status: 'refused'; readonly issues: readonly Issue[] };

/**
 * `livedns fmt [paths...] [--check]`: rewrites zone files and templates in the canonical layout, or with
 * --check lists those that are not in it (exit 1 if any). A file with errors is never touched.
 */
export function registerFmt(program: Command): void {
  program
    .command('fmt')
    .description('rewrite zone files and templates in the canonical layout, comments kept (--check: list the files that would change)')
    .argument('[paths...]', 'zone files, templates, or directories of zone files (a directory includes its _templates/)', ['zones/'])
    .option('--check', 'change nothing: list the files that are not formatted, and exit 1 if there are any')
    .action(async (paths: string[], options: { check?: boolean }) => {
      const check = options.check === true;
      const found = await findFiles(paths, { withTemplates: true });
      const stderr: string[] = found.issues.map(formatIssue);
      let failed = found.issues.some((issue) => issue.severity === 'error');
      const changed: string[] = [];
      const libraries = new TemplateLibraries();
      // Templates first: a zone file is checked with its templates, so their problems read best before.
      for (const file of [...found.templateFiles, ...found.zoneFiles]) {
        const outcome = await formatFile(file, libraries, check);
        if (outcome.status === 'changed') changed.push(file);
        if (outcome.status === 'refused') {
          failed = true;
          stderr.push(...outcome.issues.filter((issue) => issue.severity === 'error').map(formatIssue), `${file}: not formatted: fix the errors above first`);
        }
      }
      if (changed.length > 0) process.stdout.write(`${changed.join('\n')}\n`);
      if (check && changed.length > 0) {
        stderr.push(`${changed.length} file${changed.length === 1 ? ' is' : 's are'} not formatted: run \`livedns fmt ${paths.join(' ')}\` to fix ${changed.length === 1 ? 'it' : 'them'}`);
      }
      if (stderr.length > 0) process.stderr.write(`${stderr.join('\n')}\n`);
      process.exitCode = failed || (check && changed.length > 0) ? 1 : 0;
    });
}

async function formatFile(file: string, libraries: TemplateLibraries, check: boolean): Promise<Outcome> {
  const read = await readTextFile(file);
  if ('issues' in read) return { status: 'refused', issues: read.issues };
  const kind = isTemplatePath(file) ? 'template' : 'zone';
  const before = await understand(read.text, file, kind, libraries);
  if ('issues' in before) return { status: 'refused', issues: before.issues };
  const formatted = formatZoneText(read.text, { kind, zone: zoneNameFromFile(file) });
  if (formatted === read.text) return { status: 'unchanged' };
  // The promise that fmt never changes what a file means, kept at run time too: the planner must see the same thing.
  const after = await understand(formatted, file, kind, libraries);
  if ('issues' in after || after.meaning !== before.meaning) {
    return {
      status: 'refused',
      issues: [
        {
          severity: 'error',
          rule: 'fmt',
          message: 'formatting would change what this file means; it was left as it is (a bug in livedns fmt: please report it with the file)',
          file,
        },
      ],
    };
  }
  if (!check) await writeAtomically(file, formatted);
  return { status: 'changed' };
}

/** What a file means (see meaningOf), or its errors. */
async function understand(text: string, file: string, kind: 'zone' | 'template', libraries: TemplateLibraries): Promise<{ meaning: string } | { issues: readonly Issue[] }> {
  const failed = (issues: readonly Issue[]) => issues.some((issue) => issue.severity === 'error');
  if (kind === 'template') {
    const parsed = parseTemplateFile(text, file);
    if (!parsed.template) return { issues: parsed.issues };
    const instance = instantiateTemplate(parsed.template, undefined);
    return failed(instance.issues) ? { issues: instance.issues } : { meaning: meaningOf({ ttl: parsed.template.content.data.ttl, rrsets: instance.rrsets }) };
  }
  const { library } = await libraries.forZoneFile(file);
  const parsed = parseZoneFile(text, file, { templates: library });
  return parsed.zone ? { meaning: meaningOf(parsed.zone) } : { issues: parsed.issues };
}

/** Writes through a temporary file and a rename, keeping the file's mode: a crash never leaves half a zone file. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const { mode } = await stat(file);
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, text, { encoding: 'utf8', mode });
    await chmod(temporary, mode);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
