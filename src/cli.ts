#!/usr/bin/env node
/**
 * The `depeche` command line:
 *
 *   depeche extract [FILE...|-] [--format pretty|json|jsonl] [--reference-date YYYY-MM-DD] [--dictionary FILE]... [--stream]
 */
import { createReadStream, readFileSync } from 'node:fs';
// The package entry, not its modules: the build keeps this import external, so the
// command loads the same dist/index file as a program and does not carry a second copy of the library.
import { createExtractor, validateDictionary } from './index.js';
import type { Dictionary, Extraction, Extractor } from './index.js';

const USAGE = `Usage: depeche extract [FILE...|-] [options]

Reads French news text from files (or standard input with "-" or no file)
and prints its entities, quantities and attributions.

Options:
  --format pretty|json|jsonl   output format (default: pretty on a terminal, json otherwise;
                               jsonl writes one line per input file)
  --reference-date YYYY-MM-DD  publication date, to resolve "mardi", "le mois dernier"
  --dictionary FILE            a JSON dictionary { name, entries: [{ canonical, type, aliases?, id?, subtype? }] };
                               may be given several times
  --no-builtins                do not use the built-in geopolitical dictionary
  --stream                     read each input as a stream and print its results section by section
                               (a few articles at a time, offsets from the start of the input), so that
                               memory stays bounded by the section rather than the input; one jsonl line
                               per section (the default when piped)
  -h, --help                   show this help
`;

type Format = 'pretty' | 'json' | 'jsonl';

interface CliOptions {
  files: string[];
  format: Format;
  referenceDate?: string;
  dictionaries: string[];
  builtins: boolean;
  stream: boolean;
}

/** Parse argv (without node and script). Throws an Error with a user-facing message. */
export function parseArgs(argv: readonly string[], isTty: boolean): CliOptions | 'help' {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help') return 'help';
  if (command !== 'extract') throw new Error(`unknown command "${command}" (expected "extract")`);
  const opts: CliOptions = { files: [], format: isTty ? 'pretty' : 'json', dictionaries: [], builtins: true, stream: false };
  let formatGiven = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const f = arg === '--format' ? value() : arg.slice('--format='.length);
      if (f !== 'pretty' && f !== 'json' && f !== 'jsonl') throw new Error(`--format must be pretty, json or jsonl, not "${f}"`);
      opts.format = f;
      formatGiven = true;
    } else if (arg === '--reference-date') opts.referenceDate = value();
    else if (arg === '--dictionary') opts.dictionaries.push(value());
    else if (arg === '--no-builtins') opts.builtins = false;
    else if (arg === '--stream') opts.stream = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else opts.files.push(arg);
  }
  if (opts.files.length === 0) opts.files.push('-');
  if (opts.stream && opts.format === 'json') {
    // Piped output defaults to json, one document: a stream prints section by section.
    if (formatGiven) throw new Error('--stream prints section by section: use --format jsonl or pretty');
    opts.format = 'jsonl';
  }
  return opts;
}

function loadDictionary(file: string, position: number): Dictionary {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read dictionary ${file}: ${(e as Error).message}`);
  }
  try {
    return validateDictionary(raw, position);
  } catch (e) {
    throw new Error(`dictionary ${file}: ${(e as Error).message}`);
  }
}

const COLORS = { dim: '\x1b[2m', bold: '\x1b[1m', cyan: '\x1b[36m', green: '\x1b[32m', yellow: '\x1b[33m', reset: '\x1b[0m' };

/** A readable report of one text's extraction. */
export function formatPretty(name: string, result: Extraction, color: boolean): string {
  const c = (k: keyof typeof COLORS, s: string) => (color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
  const lines: string[] = [c('bold', `== ${name}`)];
  lines.push(c('cyan', `Entities (${result.entities.length})`));
  for (const e of result.entities) {
    const extra = [e.canonical !== e.text ? `→ ${e.canonical}` : '', e.value !== undefined ? `= ${e.value}` : '', e.id ?? '']
      .filter((s) => s !== '')
      .join('  ');
    lines.push(`  ${String(e.start).padStart(6)}  ${e.type.padEnd(12)} ${e.text}${extra ? c('dim', `  ${extra}`) : ''}`);
  }
  lines.push(c('green', `Quantities (${result.quantities.length})`));
  for (const q of result.quantities) {
    const range = q.range ? ` [${q.range.min ?? '…'}, ${q.range.max ?? '…'}]` : '';
    const extra = `${q.value ?? '?'}${q.unit ? ` ${q.unit}` : ''}${range}${q.approximate ? ' ~' : ''}${q.object ? `  of "${q.object.text}"` : ''}`;
    lines.push(`  ${String(q.start).padStart(6)}  ${q.kind.padEnd(12)} ${q.text}${c('dim', `  = ${extra}`)}`);
  }
  lines.push(c('yellow', `Attributions (${result.attributions.length})`));
  for (const a of result.attributions) {
    const who = a.source ? `${a.source.text}${a.source.canonical && a.source.canonical !== a.source.text ? ` (${a.source.canonical})` : ''}` : '—';
    const cue = a.cue ? `${a.cue.text} [${a.cue.lemma}]` : '—';
    const content = a.content.text.length > 160 ? `${a.content.text.slice(0, 157)}…` : a.content.text;
    lines.push(`  ${String(a.content.start).padStart(6)}  ${a.kind.padEnd(12)} ${who}  ${c('dim', cue)}`);
    lines.push(`          ${c('dim', '«')} ${content} ${c('dim', '»')}`);
  }
  return lines.join('\n');
}

function readInput(file: string): string {
  return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
}

function progress(done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

/** Why a file cannot be read, for the error line. */
function readError(e: unknown): string {
  return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
}

/** --stream: each input read chunk by chunk, its results printed section by section. */
async function streamFiles(files: readonly string[], format: Format, extractor: Extractor): Promise<number> {
  let failed = 0;
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    try {
      const source = file === '-' ? process.stdin : createReadStream(file);
      for await (const section of extractor.extractStream(source)) {
        const { offset, text, ...result } = section;
        if (format === 'jsonl') process.stdout.write(`${JSON.stringify({ file: name, offset, length: text.length, ...result })}\n`);
        else process.stdout.write(`${formatPretty(`${name} @${offset}`, result, process.stdout.isTTY === true)}\n\n`);
      }
    } catch (e) {
      failed++;
      process.stderr.write(`depeche: cannot read ${file}: ${readError(e)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

/** Run the CLI; returns the exit code (a promise of it with --stream). */
export function main(argv: readonly string[]): number | Promise<number> {
  let opts: CliOptions | 'help';
  try {
    opts = parseArgs(argv, process.stdout.isTTY === true);
  } catch (e) {
    process.stderr.write(`depeche: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (opts === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  let extractor: Extractor;
  try {
    const dictionaries = opts.dictionaries.map(loadDictionary);
    extractor = createExtractor({
      dictionaries,
      builtins: opts.builtins,
      ...(opts.referenceDate !== undefined ? { referenceDate: opts.referenceDate } : {}),
    });
  } catch (e) {
    process.stderr.write(`depeche: ${(e as Error).message}\n`);
    return 2;
  }
  if (opts.stream) return streamFiles(opts.files, opts.format, extractor);
  const showProgress = opts.files.length > 5 && process.stderr.isTTY === true && opts.format !== 'pretty';
  const results: Array<{ file: string } & Extraction> = [];
  let failed = 0;
  opts.files.forEach((file, i) => {
    let text: string;
    try {
      text = readInput(file);
    } catch (e) {
      failed++;
      process.stderr.write(`${showProgress ? '\n' : ''}depeche: cannot read ${file}: ${readError(e)}\n`);
      return;
    }
    const result = extractor.extract(text);
    const name = file === '-' ? '<stdin>' : file;
    if (opts.format === 'pretty') process.stdout.write(`${formatPretty(name, result, process.stdout.isTTY === true)}\n\n`);
    else if (opts.format === 'jsonl') process.stdout.write(`${JSON.stringify({ file: name, ...result })}\n`);
    else results.push({ file: name, ...result });
    if (showProgress) progress(i + 1, opts.files.length);
  });
  if (opts.format === 'json') {
    const out = results.length === 1 && opts.files.length === 1 ? results[0] : results;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

const code = main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
else void code.then((c) => (process.exitCode = c));
