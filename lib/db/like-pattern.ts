/** `text` with LIKE's wildcards taken literally (the default escape character is the backslash). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The LIKE pattern for text holding `word` anywhere, in lower case (the searched columns are lower-cased). */
export function containingLower(word: string): string {
  return `%${escapeLike(word.toLowerCase())}%`;
}
