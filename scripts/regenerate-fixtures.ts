/**
 * Rewrite the seed-article regression fixtures from the current pipelines:
 *
 *   npx tsx scripts/regenerate-fixtures.ts
 *
 * Each fixture `test/fixtures/articles/<seed>.expected.json` holds the output
 * of `extract` on `seeds/<seed>.txt` (reference date from
 * `test/fixtures/articles/reference-dates.json`). Review the diff before
 * committing it: the fixtures are the outputs a person checked.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test', 'fixtures', 'articles');
const dates = JSON.parse(readFileSync(join(fixtures, 'reference-dates.json'), 'utf8')) as Record<string, string>;

for (const file of readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort()) {
  const name = file.replace(/\.txt$/u, '');
  const text = readFileSync(join(root, 'seeds', file), 'utf8');
  const referenceDate = dates[name];
  const result = extract(text, referenceDate === undefined ? {} : { referenceDate });
  writeFileSync(join(fixtures, `${name}.expected.json`), `${JSON.stringify(result, null, 1)}\n`);
  console.log(`${name}: ${result.entities.length} entities, ${result.quantities.length} quantities, ${result.attributions.length} attributions`);
}
