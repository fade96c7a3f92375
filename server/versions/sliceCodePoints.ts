/** `text.slice` by code points, so a character beyond the BMP is never cut in half. */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  return Array.from(text).slice(start, end).join('');
}
