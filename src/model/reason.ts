/**
 * The length of a reject reason, counted as MentorEd counts it: words as its validator does
 * (validators/v1/requestSessions.js `reject`: `value.trim().split(/\s+/).length`, none for an empty
 * text), characters as Postgres counts them for the VARCHAR(255) column (code points, not UTF-16 units)
 * of the trimmed text the adapter sends. Shared by `<confirm-dialog>` (its counter) and the adapter
 * (its check before sending), so the two can never disagree.
 */
export function reasonLength(value: string): { words: number; chars: number } {
  const text = typeof value === 'string' ? value.trim() : '';
  return { words: text ? text.split(/\s+/).length : 0, chars: [...text].length };
}

/** Which limit a reason breaks, if any (a limit of 0 or less is no limit). */
export function reasonOverLimit(
  value: string,
  limits: { maxWords?: number; maxChars?: number },
): 'words' | 'chars' | undefined {
  const { words, chars } = reasonLength(value);
  if ((limits.maxWords ?? 0) > 0 && words > limits.maxWords!) return 'words';
  if ((limits.maxChars ?? 0) > 0 && chars > limits.maxChars!) return 'chars';
  return undefined;
}
