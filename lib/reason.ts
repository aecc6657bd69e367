/** An error's own words, for a sentence shown to the user or logged. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
