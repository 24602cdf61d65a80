/**
 * Write a generated source file, or with `--check` on the command line only
 * say whether it is stale (exit status 1): the shared end of the scripts that
 * generate data modules from packages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Write `content` to `file` when it differs (or, with `--check`, exit 1 when it does), naming `script` as the way to
 * regenerate it.
 *
 * @example
 * writeGenerated('/repo/src/lexicon/generated/world-cities.ts', content, 'scripts/build-world-cities.ts')
 */
export function writeGenerated(file: string, content: string, script: string): void {
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    old = '';
  }
  const name = path.relative(path.resolve(path.dirname(file), '../../..'), file);
  if (process.argv.includes('--check')) {
    if (old !== content) {
      console.error(`stale: ${name} (run npx tsx ${script})`);
      process.exit(1);
    }
    return;
  }
  if (old !== content) writeFileSync(file, content);
  console.log(`${name}: ${content.length} characters`);
}
