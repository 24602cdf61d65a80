import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
    expect(good.code).toBe(0);
  });

  it('prints its usage with --help', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: depeche extract');
  });
});
