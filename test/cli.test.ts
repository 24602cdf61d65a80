import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const seed = join(root, 'seeds', '001_45e7505bed49a6f8.txt');

/** Run the CLI from source (tsx), with stdin given as a string. */
function cli(args: string[], input = '') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('depeche extract', () => {
  it('prints one JSON object for one file', () => {
    const r = cli(['extract', seed, '--format', 'json', '--reference-date', '2024-03-29']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { file: string; entities: unknown[]; quantities: unknown[]; attributions: unknown[] };
    expect(out.file).toBe(seed);
    expect(Array.isArray(out.entities)).toBe(true);
    expect(Array.isArray(out.quantities)).toBe(true);
    expect(Array.isArray(out.attributions)).toBe(true);
  });

  it('writes one line per file in jsonl', () => {
    const r = cli(['extract', seed, seed, '--format=jsonl']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect((JSON.parse(lines[1] ?? '{}') as { file: string }).file).toBe(seed);
  });

  it('reads standard input with "-"', () => {
    const r = cli(['extract', '-', '--format', 'json'], 'Le Kremlin a démenti.');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { file: string }).file).toBe('<stdin>');
  });

  it('names an unreadable file, goes on with the others and exits 1', () => {
    const r = cli(['extract', 'nope/missing.txt', seed, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot read nope/missing.txt');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  describe('--stream', () => {
    type Line = { file: string; offset: number; length: number; entities: Array<{ start: number; text: string }>; quantities: unknown[]; attributions: unknown[] };
    // Copies of a seed up to 40,000 characters: more than two sections (8,192 characters each).
    const article = readFileSync(seed, 'utf8');
    const text = Array.from({ length: Math.ceil(40_000 / article.length) }, () => article).join('\n\n');

    it('prints one jsonl line per section, offsets from the start of the input, the same results as without it', () => {
      const r = cli(['extract', '-', '--stream', '--format', 'jsonl', '--reference-date', '2024-03-29'], text);
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines.map((l) => l.offset)).toEqual(lines.map((_l, k) => lines.slice(0, k).reduce((n, p) => n + p.length, 0)));
      expect(lines.reduce((n, l) => n + l.length, 0)).toBe(text.length);
      const whole = JSON.parse(cli(['extract', '-', '--format', 'json', '--reference-date', '2024-03-29'], text).stdout) as Line;
      expect(lines.flatMap((l) => l.entities)).toEqual(whole.entities);
      expect(lines.flatMap((l) => l.quantities)).toEqual(whole.quantities);
      expect(lines.flatMap((l) => l.attributions)).toEqual(whole.attributions);
      for (const e of whole.entities) expect(text.slice(e.start, e.start + e.text.length)).toBe(e.text);
    });

    it('names a missing file and exits 1', () => {
      const r = cli(['extract', 'nope/missing.txt', '--stream', '--format', 'jsonl']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('cannot read nope/missing.txt: no such file');
    });

    it('prints jsonl when piped and no format is given', () => {
      const r = cli(['extract', '-', '--stream'], 'Le Kremlin a démenti.');
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout.trim()) as Line).offset).toBe(0);
    });

    it('refuses --format json, which is one document', () => {
      const r = cli(['extract', seed, '--stream', '--format', 'json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--stream prints section by section');
    });
  });

  it('prints a readable report in pretty format', () => {
    const r = cli(['extract', '-', '--format', 'pretty'], 'Le Kremlin a démenti.');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('== <stdin>');
    expect(r.stdout).toContain('Entities (');
    expect(r.stdout).toContain('Quantities (');
    expect(r.stdout).toContain('Attributions (');
  });

  it.each([
    [['extract', '--format', 'xml'], '--format must be pretty, json or jsonl'],
    [['extract', '--reference-date'], '--reference-date needs a value'],
    [['extract', '--reference-date', '29/03/2024', '-'], 'referenceDate must be "YYYY-MM-DD"'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['extract', '--colour'], 'unknown option --colour'],
  ])('rejects bad arguments %j with exit 2', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('loads a dictionary and reports a malformed one by entry and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'depeche-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'armes', entries: [{ canonical: 'KN-23', type: 42 }] }));
    const r = cli(['extract', '-', '--dictionary', bad], 'texte');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('entry 0 ("KN-23"): field `type`');
    const good = cli(['extract', '-', '--format', 'json', '--dictionary', join(root, 'examples', 'weapons.json')], 'Un KN-23 a été tiré.');
    rmSync(dir, { recursive: true, force: true });
    expect(good.code).toBe(0);
  });

  it('prints its usage with --help', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: depeche extract');
  });
});
