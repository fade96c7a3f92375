// Dark enough for white caret labels, distinct from each other.
const PALETTE = [
  '#d9480f',
  '#1971c2',
  '#2f9e44',
  '#9c36b5',
  '#c2255c',
  '#0c8599',
  '#e67700',
  '#5f3dc4',
  '#087f5b',
  '#a61e4d',
  '#364fc7',
  '#5c940d',
] as const;

/** The caret colour of a new user: the palette in turn, by how many users exist. */
export function pickUserColor(existingUsers: number): string {
  return PALETTE[existingUsers % PALETTE.length]!;
}
