/**
 * Marking short ranges of a typed array, as the refiners do per candidate.
 */

/**
 * Set `marks[from]` … `marks[to - 1]` to `value` (indices outside the array
 * are skipped). A loop rather than `marks.fill(value, from, to)`: `fill` with a range
 * is a call into the engine's runtime, hundreds of instructions for ranges
 * that are a few tokens or characters long, once per candidate.
 *
 * @example
 * const taken = new Uint8Array(5);
 * markRange(taken, 1, 3); // taken: [0, 1, 1, 0, 0]
 */
export function markRange(marks: Uint8Array, from: number, to: number, value = 1): void {
  const end = Math.min(to, marks.length);
  for (let i = Math.max(from, 0); i < end; i++) marks[i] = value;
}
