/** Name of the Y.XmlFragment that holds the report (Tiptap's Collaboration default). */
export const CONTENT_FRAGMENT = 'default';

/** ProseMirror node names, which are also the Y.XmlElement names in the fragment. */
export const NODE = {
  title: 'title',
  paragraph: 'paragraph',
  bulletList: 'bulletList',
  orderedList: 'orderedList',
  listItem: 'listItem',
  section: 'section',
  sectionHeading: 'sectionHeading',
} as const;

/** Deepest section level: 一、 / （一） / 1. / （1）. */
export const MAX_SECTION_LEVEL = 4;

export type SectionLevel = 1 | 2 | 3 | 4;

/** Clamps any stored value to a valid section level. */
export function toSectionLevel(value: unknown): SectionLevel {
  const level = typeof value === 'string' ? Number.parseInt(value, 10) : Number(value);
  if (!Number.isFinite(level) || level < 1) return 1;
  if (level > MAX_SECTION_LEVEL) return MAX_SECTION_LEVEL;
  return Math.trunc(level) as SectionLevel;
}
