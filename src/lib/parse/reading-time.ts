/** Korean reading speed, in characters per minute, not counting spaces. */
export const CHARS_PER_MINUTE = 500;

/** Estimated reading time in whole minutes (at least 1). */
export function readingMinutes(text: string): number {
  const chars = text.replace(/\s+/gu, '').length;
  return Math.max(1, Math.round(chars / CHARS_PER_MINUTE));
}
