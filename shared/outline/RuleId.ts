/**
 * Every rule the outline checker and the importer report, by group. The id is stable: clients
 * filter and count by it, and the server stores it with a submitted version's outline result.
 */
export const RULE_ID = {
  titleMissing: 'title.missing',
  titlePattern: 'title.pattern',
  leadMissing: 'lead.missing',
  sectionsMissing: 'sections.missing',
  sectionsOrder: 'sections.order',
  sectionsDuplicate: 'sections.duplicate',
  sectionsUnexpected: 'sections.unexpected',
  sectionEmpty: 'section.empty',
  sectionSubsectionCount: 'section.subsectionCount',
  sectionLength: 'section.length',
  reportLength: 'report.length',
  headingLevelSkip: 'heading.levelSkip',
  headingTypedNumber: 'heading.typedNumber',
  enumerationSequence: 'enumeration.sequence',
  commentsUnresolved: 'comments.unresolved',
  halfWidthPunctuation: 'proofread.halfWidthPunctuation',
  placeholder: 'proofread.placeholder',
  repeatedWord: 'proofread.repeatedWord',
  misusedWord: 'proofread.misusedWord',
  congressName: 'proofread.congressName',
  importNumbering: 'import.numbering',
} as const;

/** The id of a rule, e.g. `sections.missing` or `proofread.misusedWord`. */
export type RuleId = (typeof RULE_ID)[keyof typeof RULE_ID];
