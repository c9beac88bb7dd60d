import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ZONE_FILE_BYTES } from '../../src/zonefile/parse.js';
import { readZones } from '../../src/zonefile/read.js';

let root: string;
const at = (...parts: string[]) => path.join(root, ...parts);

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'livedns-read-'));
  await mkdir(at('zones', 'nested'), { recursive: true });
  await writeFile(at('zones', 'b.example.yaml'), 'records:\n  www: { type: A, value: 192.0.2.2 }\n');
  await writeFile(at('zones', 'a.example.yml'), 'records:\n  www: { type: A, value: 192.0.2.1 }\n');
  await writeFile(at('zones', '_shared.yaml'), 'not: a zone\n');
  await writeFile(at('zones', 'README.md'), '# not yaml\n');
  await writeFile(at('zones', 'nested', 'c.example.yaml'), 'records: {}\n');
  await mkdir(at('zones', 'dir.example.yaml'));
  // A link to a directory, named like a zone file, is skipped like the directory itself.
  await symlink(at('zones', 'nested'), at('zones', 'linked-dir.example.yaml'));
  await mkdir(at('bad'));
  await writeFile(at('bad', 'latin1.example.yaml'), Buffer.from('records:\n  caf\xe9: { type: A, value: 192.0.2.1 }\n', 'latin1'));
  await writeFile(at('bad', 'binary.example.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  await writeFile(at('bad', 'nul.example.yaml'), 'records: {}\n\u0000');
  await writeFile(at('bad', 'huge.example.yaml'), '');
  // Sparse: the size is what counts, and the file must be refused before it is read.
  await truncate(at('bad', 'huge.example.yaml'), MAX_ZONE_FILE_BYTES + 1);
  await mkdir(at('twice'));
  await writeFile(at('twice', 'dup.example.yaml'), 'records: {}\n');
  await writeFile(at('twice', 'dup.example.yml'), 'records: {}\n');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readZones', () => {
  it('reads *.yaml and *.yml of a directory in name order, not recursively, skipping _ files', async () => {
    const { zones, issues } = await readZones([at('zones')]);
    expect(issues).toEqual([]);
    expect(zones.map((z) => [z.zone, path.basename(z.file)])).toEqual([
      ['a.example', 'a.example.yml'],
      ['b.example', 'b.example.yaml'],
    ]);
  });

  it('reads a file given directly, and a path given twice once', async () => {
    const file = at('zones', 'nested', 'c.example.yaml');
    const { zones, issues } = await readZones([file, file]);
    expect(issues).toEqual([]);
    expect(zones.map((z) => z.zone)).toEqual(['c.example']);
  });

  it('turns every unreadable file into an issue and keeps reading the others', async () => {
    const { zones, issues } = await readZones([at('bad'), at('zones', 'a.example.yml'), at('missing')]);
    expect(zones.map((z) => z.zone)).toEqual(['a.example']);
    const byFile = Object.fromEntries(issues.map((i) => [path.basename(i.file), i]));
    expect(byFile['latin1.example.yaml']).toMatchObject({ rule: 'file-encoding', message: 'the file is not valid UTF-8', line: 2, column: 6 });
    expect(byFile['binary.example.yaml']).toMatchObject({ rule: 'file-encoding', message: 'the file is binary, not YAML text' });
    expect(byFile['nul.example.yaml']).toMatchObject({ rule: 'file-encoding' });
    expect(byFile['huge.example.yaml']).toMatchObject({ rule: 'file-too-large', message: expect.stringContaining('limited to 16 MiB') });
    expect(byFile.missing).toMatchObject({ rule: 'read', message: 'no such file or directory', severity: 'error' });
  });

  it('refuses two files for one zone', async () => {
    const { zones, issues } = await readZones([at('twice')]);
    expect(zones).toHaveLength(1);
    expect(issues).toMatchObject([{ rule: 'duplicate-zone', message: expect.stringContaining('dup.example is also defined by') }]);
  });

  it('warns about a directory without zone files', async () => {
    await mkdir(at('empty'), { recursive: true });
    expect((await readZones([at('empty')])).issues).toMatchObject([{ rule: 'no-zone-files', severity: 'warning' }]);
  });
});
