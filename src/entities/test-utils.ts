/**
 * Test helpers for the entity rules (imported by *.test.ts only).
 */
import { extractEntities } from '../index.js';
import type { Entity } from '../types.js';

/** The entity whose text is `surface` (the n-th one), or undefined. */
export function entityNamed(text: string, surface: string, nth = 0): Entity | undefined {
  return extractEntities(text).filter((e) => e.text === surface)[nth];
}

/** Compact view of what was found: "TYPE:text@start". */
export function found(text: string): string[] {
  return extractEntities(text).map((e) => `${e.type}:${e.text}@${e.start}`);
}
