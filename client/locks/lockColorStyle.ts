import type { CSSProperties } from 'react';

// The holder's colour as a CSS custom property, for badges and tinted sections.
export function lockColorStyle(color: string): CSSProperties {
  const style: Record<string, string> = { '--lock-color': color };
  return style as CSSProperties;
}
