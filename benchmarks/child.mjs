// Child process for the benchmarks that need a fresh Node process. Plain
// JavaScript so that plain `node` runs it (no tsx start-up in the figures).
//
//   node benchmarks/child.mjs cold    <dist/index.js> <article.txt>
//       import + first `extract` call; prints {bootMs, importMs, firstCallMs, totalMs}
//   node benchmarks/child.mjs doc     <dist/index.js> <corpus.txt> [passes] [budgetMs]
//       `extract` on the whole file as one document; prints {baselineMB, peakMB, ms: [...], ...}
//       (peakMB is the peak RSS after the first pass)
//   node benchmarks/child.mjs stream  <dist/index.js> <corpus.txt>
//       `extractStream` over the file read as a byte stream, results counted and dropped;
//       prints {baselineMB, peakMB, ms, results} (baselineMB: after import and a first call)
//   node benchmarks/child.mjs growth  <dist/index.js> <1MB corpus.txt> <10MB corpus.txt> [rounds]
//       `extract` on the 1 MB corpus split into articles and on the 10 MB corpus as one document, in
//       turn, `rounds` times after a warm-up; prints {articlesMs: [...], documentMs: [...]}
//   node benchmarks/child.mjs profile <dist/index.js> <corpus.txt> [passes]
//       `extract` on every article of the corpus (split with its .json manifest)
//
// Each mode prints one JSON line on stdout; a failure prints {"error": "..."}.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [mode, dist, file, passesArg] = process.argv.slice(2);

function rssNowMB() {
  return process.memoryUsage().rss / 1024 / 1024;
}
/** Peak resident set size so far, MB (maxRSS is in kilobytes; VmHWM from /proc when available). */
function peakMB() {
  const fromUsage = process.resourceUsage().maxRSS / 1024;
  try {
    const m = /VmHWM:\s*(\d+)\s*kB/u.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Math.max(fromUsage, Number(m[1]) / 1024);
  } catch {
    /* not Linux */
  }
  return fromUsage;
}

async function main() {
  if (!mode || !dist || !file) throw new Error('usage: child.mjs <cold|doc|stream|growth|profile> <dist/index.js> <file>');
  if (mode === 'cold') {
    const text = readFileSync(file, 'utf8');
    const t1 = performance.now();
    const lib = await import(pathToFileURL(dist).href);
    const t2 = performance.now();
    const out = lib.extract(text);
    const t3 = performance.now();
    return {
      bootMs: t1,
      importMs: t2 - t1,
      firstCallMs: t3 - t2,
      importAndFirstCallMs: t3 - t1,
      totalMs: t3,
      results: out.entities.length + out.quantities.length + out.attributions.length,
    };
  }
  if (mode === 'doc') {
    // The whole file as one document, `passes` times (stopping once `budgetMs` is spent).
    const passes = Math.max(1, Number(passesArg ?? '1'));
    const budgetMs = Number(process.argv[6] ?? 'Infinity');
    const lib = await import(pathToFileURL(dist).href);
    lib.extract('Le Kremlin a déclaré mardi que « rien ne change ».');
    const text = readFileSync(file, 'utf8');
    const baselineMB = peakMB();
    const ms = [];
    let results = 0;
    let peakAfterFirst = baselineMB;
    let spent = 0;
    while (ms.length < passes && (ms.length === 0 || spent < budgetMs)) {
      const t0 = performance.now();
      const out = lib.extract(text);
      const dt = performance.now() - t0;
      ms.push(dt);
      spent += dt;
      results = out.entities.length + out.quantities.length + out.attributions.length;
      if (ms.length === 1) peakAfterFirst = peakMB();
    }
    return {
      chars: text.length,
      baselineMB,
      peakMB: peakAfterFirst,
      deltaMB: peakAfterFirst - baselineMB,
      peakAllPassesMB: peakMB(),
      rssAfterMB: rssNowMB(),
      ms,
      results,
    };
  }
  if (mode === 'stream') {
    // What a feed reader does with a large file: read it in chunks, handle each section's results, keep none.
    const lib = await import(pathToFileURL(dist).href);
    lib.extract('Le Kremlin a déclaré mardi que « rien ne change ».');
    const baselineMB = peakMB();
    let results = 0;
    let chars = 0;
    const t0 = performance.now();
    for await (const section of lib.extractStream(createReadStream(file))) {
      chars += section.text.length;
      results += section.entities.length + section.quantities.length + section.attributions.length;
    }
    const ms = performance.now() - t0;
    const peak = peakMB();
    return { chars, bytes: statSync(file).size, baselineMB, peakMB: peak, deltaMB: peak - baselineMB, ms: [ms], results };
  }
  if (mode === 'growth') {
    // Both rates from the same minutes: the machine's speed drifts between runs made minutes apart.
    const lib = await import(pathToFileURL(dist).href);
    const small = readFileSync(file, 'utf8');
    const manifest = JSON.parse(readFileSync(file.replace(/\.txt$/u, '.json'), 'utf8'));
    const articles = manifest.articles.map(([s, e]) => small.slice(s, e));
    const big = readFileSync(process.argv[5] ?? '', 'utf8');
    const rounds = Math.max(1, Number(process.argv[6] ?? '3'));
    const timed = (fn) => {
      const t0 = performance.now();
      fn();
      return performance.now() - t0;
    };
    const articlesPass = () => {
      for (const a of articles) lib.extract(a);
    };
    articlesPass();
    const articlesMs = [];
    const documentMs = [];
    for (let r = 0; r < rounds; r++) {
      articlesMs.push(timed(articlesPass));
      documentMs.push(timed(() => lib.extract(big)));
    }
    return { smallChars: small.length, bigChars: big.length, articlesMs, documentMs };
  }
  if (mode === 'profile') {
    const lib = await import(pathToFileURL(dist).href);
    const text = readFileSync(file, 'utf8');
    const manifest = JSON.parse(readFileSync(file.replace(/\.txt$/u, '.json'), 'utf8'));
    const articles = manifest.articles.map(([s, e]) => text.slice(s, e));
    const passes = Number(passesArg ?? '3');
    let results = 0;
    const t0 = performance.now();
    for (let p = 0; p < passes; p++) {
      for (const a of articles) {
        const out = lib.extract(a);
        results += out.entities.length + out.quantities.length + out.attributions.length;
      }
    }
    return { articles: articles.length, passes, chars: text.length, ms: performance.now() - t0, results };
  }
  throw new Error(`unknown mode ${mode}`);
}

main().then(
  (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
  (e) => {
    process.stdout.write(`${JSON.stringify({ error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) })}\n`);
    process.exitCode = 1;
  },
);
