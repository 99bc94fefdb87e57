/**
 * The length of a reject reason, counted as MentorEd counts it: words as its validator does
 * (validators/v1/requestSessions.js `reject`: `value.trim().split(/\s+/).length`; an empty reason,
 * which the validator would call one word, is no reason and counts 0 here: it is never sent),
 * characters as Postgres counts them for the VARCHAR(255) column (code points, not UTF-16 units) of the
 * trimmed text the adapter sends. Shared by `<confirm-dialog>` (its counter) and the adapter
 * (its check before sending), so the two can never disagree.
 */
export function reasonLength(value: string): { words: number; chars: number } {
  const text = typeof value === 'string' ? value.trim() : '';
  return { words: text ? text.split(/\s+/).length : 0, chars: [...text].length };
}

/** Which limits a reason breaks (a limit of 0 or less, or none, is no limit). */
export function reasonOverLimits(
  value: string,
  limits: { maxWords?: number; maxChars?: number },
): { words: boolean; chars: boolean } {
  const { words, chars } = reasonLength(value);
  const over = (count: number, max = 0) => max > 0 && count > max;
  return { words: over(words, limits.maxWords), chars: over(chars, limits.maxChars) };
}

/** The first limit a reason breaks, if any (words first). */
export function reasonOverLimit(
  value: string,
  limits: { maxWords?: number; maxChars?: number },
): 'words' | 'chars' | undefined {
  const over = reasonOverLimits(value, limits);
  return over.words ? 'words' : over.chars ? 'chars' : undefined;
}
