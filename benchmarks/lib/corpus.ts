/**
 * The benchmark corpus: the seed articles (`seeds/*.txt`) repeated until the
 * text reaches a size, generated at run time into `benchmarks/.corpus/`
 * (git-ignored). Each size is written once as one document (articles joined by
 * a blank line) plus a manifest with the article offsets, so the same text can
 * be read as one document or split back into articles.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const rootDir = dirname(benchDir);
export const seedsDir = join(rootDir, 'seeds');
export const corpusDir = join(benchDir, '.corpus');

/** 1 MB = 2^20 bytes of UTF-8. */
export const MB = 1024 * 1024;
const SEPARATOR = '\n\n';

export interface Corpus {
  /** "1MB", "10MB". */
  label: string;
  /** The whole corpus as one document. */
  text: string;
  /** The same text split back into articles. */
  articles: string[];
  chars: number;
  bytes: number;
  /** Path of the single-document file (read by the child processes). */
  file: string;
}

interface Manifest {
  seedsHash: string;
  minBytes: number;
  bytes: number;
  chars: number;
  /** [start, end) UTF-16 offsets of each article in the file. */
  articles: Array<[number, number]>;
}

export function readSeeds(): string[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
}

/** Load (or generate) a corpus of at least `minBytes` UTF-8 bytes. */
export function loadCorpus(label: string, minBytes: number): Corpus {
  const seeds = readSeeds();
  if (seeds.length === 0) throw new Error(`no seed articles in ${seedsDir}`);
  const seedsHash = createHash('sha256').update(seeds.join('\u0000')).digest('hex').slice(0, 16);
  const file = join(corpusDir, `seeds-${label}.txt`);
  const manifestFile = join(corpusDir, `seeds-${label}.json`);
  let manifest: Manifest | undefined;
  if (existsSync(file) && existsSync(manifestFile)) {
    try {
      const m = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
      if (m.seedsHash === seedsHash && m.minBytes === minBytes) manifest = m;
    } catch {
      manifest = undefined;
    }
  }
  let text: string;
  if (manifest === undefined) {
    const parts: string[] = [];
    const offsets: Array<[number, number]> = [];
    let chars = 0;
    let bytes = 0;
    const sepBytes = Buffer.byteLength(SEPARATOR);
    const seedBytes = seeds.map((s) => Buffer.byteLength(s));
    for (let i = 0; bytes < minBytes; i++) {
      const k = i % seeds.length;
      const seed = seeds[k] ?? '';
      if (i > 0) {
        parts.push(SEPARATOR);
        chars += SEPARATOR.length;
        bytes += sepBytes;
      }
      parts.push(seed);
      offsets.push([chars, chars + seed.length]);
      chars += seed.length;
      bytes += seedBytes[k] ?? 0;
    }
    text = parts.join('');
    manifest = { seedsHash, minBytes, bytes, chars, articles: offsets };
    mkdirSync(corpusDir, { recursive: true });
    writeFileSync(file, text);
    writeFileSync(manifestFile, JSON.stringify(manifest));
  } else {
    text = readFileSync(file, 'utf8');
  }
  const articles = manifest.articles.map(([s, e]) => text.slice(s, e));
  return { label, text, articles, chars: text.length, bytes: manifest.bytes, file };
}

/**
 * The same corpus with one word in four (of five letters or more) replaced
 * by pseudo-random letters of the same length: a stream whose vocabulary
 * keeps growing, as a long feed's does, where the seeds repeat the same few
 * thousand forms. Whatever outlives a section per distinct form or name
 * (caches, names carried across sections) shows up in its peak memory.
 * Offsets and article bounds are those of `base`; deterministic.
 */
export function vocabularyCorpus(base: Corpus): Corpus {
  let state = 42;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let k = 0;
  const text = base.text.replace(/\p{L}{5,}/gu, (word) => {
    if (++k % 4 !== 0) return word;
    let out = '';
    for (let i = 0; i < word.length; i++) out += letters.charAt(Math.floor(next() * letters.length));
    return word.charAt(0) !== word.charAt(0).toLowerCase() ? out.charAt(0).toUpperCase() + out.slice(1) : out;
  });
  const file = join(corpusDir, `seeds-${base.label}-vocabulary.txt`);
  mkdirSync(corpusDir, { recursive: true });
  writeFileSync(file, text);
  // Same lengths, so the articles sit where they sat in `base`.
  let at = 0;
  const articles = base.articles.map((a) => {
    const article = text.slice(at, at + a.length);
    at += a.length + SEPARATOR.length;
    return article;
  });
  return { label: `${base.label}-vocabulary`, text, articles, chars: text.length, bytes: Buffer.byteLength(text), file };
}
