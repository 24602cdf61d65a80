/**
 * No regular expression in src/ may backtrack super-linearly.
 *
 * 1. Static: every regex literal and every `new RegExp("…")` / `RegExp("…")`
 *    with a literal pattern in src/**\/*.ts (test files skipped) is found with
 *    the TypeScript compiler API and checked with recheck; it must be 'safe'.
 *    A failure lists file:line, the pattern and recheck's attack string.
 * 2. Dynamic: `extract` finishes on adversarial inputs (long runs of spaces,
 *    guillemets, numbers, hyphens, dots, abbreviations) within vitest's timeout.
 *
 * recheck picks its fastest backend (native binary, then Java, then pure JS);
 * set RECHECK_BACKEND=pure to force the pure-JS one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

type Api = typeof import('../src/index.js');
const DIST_ENTRY = '../dist/index.js';
const api = (process.env.DEPECHE_TEST_DIST ? await import(/* @vite-ignore */ DIST_ENTRY) : await import('../src/index.js')) as Api;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

/** Time budget per regex for recheck, in ms. */
const PER_REGEX_MS = 10_000;

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listSources(path));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The string value of a literal expression, or null when it is computed. */
function literalString(node: ts.Expression | undefined): string | null {
  if (node === undefined) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return literalString(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = literalString(node.left);
    const right = literalString(node.right);
    return left !== null && right !== null ? left + right : null;
  }
  return null;
}

/** Every regex in src/ with a pattern known at compile time, and the `new RegExp` calls whose pattern is computed. */
function findRegexes(): { literal: FoundRegex[]; computed: string[] } {
  const literal: FoundRegex[] = [];
  const computed: string[] = [];
  for (const file of listSources(SRC)) {
    const code = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const where = (node: ts.Node) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const cut = text.lastIndexOf('/');
        literal.push({ where: where(node), source: text.slice(1, cut), flags: text.slice(cut + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [patternArg, flagsArg] = node.arguments ?? [];
        const source = literalString(patternArg);
        const flags = flagsArg === undefined ? '' : literalString(flagsArg);
        if (source !== null && flags !== null) literal.push({ where: where(node), source, flags });
        // `new RegExp(re.source, flags)` copies a literal that is checked on its own.
        else if (patternArg !== undefined && !/\.source$/u.test(patternArg.getText(sf))) {
          computed.push(`${where(node)} ${patternArg.getText(sf).slice(0, 80)}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literal, computed };
}

/**
 * The flags that change how a regex backtracks. A sticky (`y`) regex is tried
 * at one position, so recheck does not count the scan over start positions;
 * `g` and `d` change nothing for backtracking.
 */
function checkedFlags(flags: string): string {
  return [...flags].filter((f) => 'imsuy'.includes(f)).join('');
}

function describeVulnerable(r: Diagnostics, found: FoundRegex): string {
  if (r.status === 'vulnerable') {
    const attack = r.attack.pattern.length > 120 ? `${r.attack.pattern.slice(0, 120)}…` : r.attack.pattern;
    return `${found.where} /${found.source}/${found.flags} is ${r.complexity.type} (${r.complexity.summary}); attack: ${attack}`;
  }
  if (r.status === 'unknown') return `${found.where} /${found.source}/${found.flags} could not be checked: ${JSON.stringify(r.error)}`;
  return '';
}

const { literal: REGEXES, computed: COMPUTED } = findRegexes();

describe('redos: static check of every regex in src/', () => {
  it('finds the regexes of the text layer', () => {
    expect(REGEXES.some((r) => r.where.startsWith('src/text/tokenize.ts'))).toBe(true);
    expect(REGEXES.length).toBeGreaterThan(10);
  });

  it(
    'every regex is safe',
    async () => {
      const problems: string[] = [];
      // Deduplicate identical patterns (many files share small ones).
      const unique = new Map<string, FoundRegex[]>();
      for (const r of REGEXES) {
        const key = `${r.source}\u0000${checkedFlags(r.flags)}`;
        const list = unique.get(key);
        if (list === undefined) unique.set(key, [r]);
        else list.push(r);
      }
      const entries = [...unique.values()];
      const limit = 4;
      let next = 0;
      const worker = async () => {
        while (next < entries.length) {
          const group = entries[next++];
          const first = group?.[0];
          if (group === undefined || first === undefined) continue;
          const result = await check(first.source, checkedFlags(first.flags), { timeout: PER_REGEX_MS });
          if (result.status !== 'safe') {
            for (const found of group) problems.push(describeVulnerable(result, found));
          }
        }
      };
      await Promise.all(Array.from({ length: limit }, worker));
      expect(problems.sort(), `Unsafe regexes:\n${problems.join('\n')}`).toEqual([]);
    },
    180_000,
  );

  it('every `new RegExp` with a computed pattern is listed here, reviewed by hand', () => {
    // A computed pattern cannot be checked statically; the adversarial inputs
    // below exercise it. Add a new one here once you have checked it is built
    // from escaped alternatives only (no nested quantifiers).
    const reviewed: string[] = [];
    const unreviewed = COMPUTED.filter((c) => !reviewed.some((r) => c.startsWith(r)));
    expect(unreviewed, `Computed RegExp patterns to review:\n${unreviewed.join('\n')}`).toEqual([]);
  });
});

describe('redos: adversarial inputs finish', () => {
  const cases: [string, () => string][] = [
    ['100k spaces', () => ' '.repeat(100_000)],
    ['100k spaces around a word', () => `${' '.repeat(50_000)}Poutine${' '.repeat(50_000)}`],
    ['50k NBSP and narrow NBSP', () => '\u00A0\u202F'.repeat(25_000)],
    ['50k «', () => '«'.repeat(50_000)],
    ['25k « »', () => '« '.repeat(25_000) + '»'.repeat(10)],
    ['quotes without end', () => '« Il a dit : '.repeat(5_000)],
    ['1 000 000 … repeated', () => '1 000 000 '.repeat(10_000)],
    ['digit groups without end', () => `1${' 000'.repeat(25_000)}`],
    ['digits with dots', () => `1${'.000'.repeat(25_000)},5`],
    ['digits with commas', () => '1,'.repeat(30_000)],
    ['long digit run', () => '7'.repeat(100_000)],
    ['20k "a-"', () => 'a-'.repeat(20_000)],
    ['20k "A-"', () => 'A-'.repeat(20_000)],
    ['hyphenated name', () => `Kim ${'Jong-'.repeat(10_000)}un`],
    ['30k titles of works ending on one place', () => Array.from({ length: 30_000 }, (_v, i) => `Le film La Nuit${i} de Cahors, puis Cahors. `).join('')],
    ['120k numbered names and amounts', () => 'selon 20 Minutes, 3 € '.repeat(120_000)],
    ['a report closed by 30k place tails', () => `Le maire a annoncé la fermeture${', dans la ville'.repeat(30_000)}.`],
    ['hyphenated word before an acronym', () => `Le ${'A-'.repeat(40_000)}A (AAAAAAAAAA) a dit.`],
    ['100k dots', () => '.'.repeat(100_000)],
    ['dots and spaces', () => '. '.repeat(50_000)],
    ['10k "M. "', () => 'M. '.repeat(10_000)],
    ['10k "M. Poutine "', () => 'M. Poutine '.repeat(10_000)],
    ['capitals', () => 'A '.repeat(50_000)],
    ['capitalised words', () => 'Corée '.repeat(20_000)],
    ['one long word', () => 'a'.repeat(100_000)],
    ['one long glued word', () => 'aBcDeF'.repeat(15_000)],
    ['apostrophes', () => "l'".repeat(30_000)],
    ['elisions and quotes', () => "d'« ".repeat(20_000)],
    ['dotted run with @', () => `${'a.'.repeat(50_000)}@`],
    ['@ runs', () => 'a@'.repeat(30_000)],
    ['url-like', () => `https://${'a.'.repeat(50_000)}`],
    ['hashes', () => '#'.repeat(50_000)],
    ['newlines', () => '\n'.repeat(100_000)],
    ['alternating newlines', () => 'Titre\n'.repeat(15_000)],
    ['percent and currency', () => '5 % 3 € '.repeat(10_000)],
    ['millions', () => '4,8 millions de '.repeat(6_000)],
    ['date words', () => 'le 25 mars '.repeat(8_000)],
    ['between ranges', () => 'entre 5 et '.repeat(8_000)],
    ['selon', () => 'selon '.repeat(15_000)],
    ['reporting verbs', () => 'a déclaré que '.repeat(7_000)],
    ['clitics', () => 'a-t-il '.repeat(12_000)],
    ['combining marks', () => 'e\u0301'.repeat(50_000)],
    ['lone surrogates', () => '\uD800'.repeat(50_000)],
    ['emoji', () => '😀'.repeat(30_000)],
  ];

  it.each(cases)(
    '%s',
    (_label, make) => {
      const input = make();
      const result = api.extract(input);
      expect(Array.isArray(result.entities)).toBe(true);
      expect(api.prepare(input).text.length).toBe(input.length);
    },
    20_000,
  );

  // A stream with no line break for a long stretch, or one long blank run, fed in small chunks: the buffer is
  // scanned a logarithmic number of times, not once per chunk.
  const streams: Array<[string, () => string]> = [
    ['one long line', () => 'mot '.repeat(250_000)],
    ['one long blank run', () => `Titre\n${' '.repeat(1_000_000)}\nFin.`],
    ['line breaks without blank lines', () => 'Une ligne.\n'.repeat(60_000)],
  ];
  it.each(streams)(
    'extractStream: %s, in 1,000-character chunks',
    async (_label, make) => {
      const input = make();
      const chunks = Array.from({ length: Math.ceil(input.length / 1000) }, (_v, k) => input.slice(k * 1000, (k + 1) * 1000));
      let length = 0;
      for await (const section of api.extractStream(chunks)) length += section.text.length;
      expect(length).toBe(input.length);
    },
    20_000,
  );
});
