// The paragraphs the user had locally that the server's copy lacks (compared as a multiset, so a
// paragraph that moved is not reported): the text the server refused, to be offered back whole.
export function refusedTextBetween(local: readonly string[], server: readonly string[]): string[] {
  const available = new Map<string, number>();
  for (const text of server) available.set(text, (available.get(text) ?? 0) + 1);
  const refused: string[] = [];
  for (const text of local) {
    const count = available.get(text) ?? 0;
    if (count > 0) available.set(text, count - 1);
    else if (text.trim() !== '') refused.push(text);
  }
  return refused;
}
