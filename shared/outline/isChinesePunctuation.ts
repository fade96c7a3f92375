/** Whether a character is Chinese (full-width) punctuation: 。，、；：？！“”‘’（）《》〈〉【】…— etc. */
export function isChinesePunctuation(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    (code >= 0x2018 && code <= 0x201d) ||
    code === 0x2026 ||
    code === 0x2014
  );
}
