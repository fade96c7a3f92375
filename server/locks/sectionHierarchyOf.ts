import * as Y from 'yjs';
import { indexSections, type SectionHierarchy } from '../../shared/locks/SectionHierarchy.ts';
import { CONTENT_FRAGMENT, NODE } from '../../shared/schema/nodeNames.ts';
import type { Section } from '../../shared/schema/Report.ts';

// Only ids and nesting matter to the lock rules: text is never read.
function sectionsIn(parent: Y.XmlFragment): Section[] {
  const sections: Section[] = [];
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement) || child.nodeName !== NODE.section) continue;
    sections.push({
      id: String(child.getAttribute('id') ?? ''),
      level: 1,
      runIn: false,
      heading: '',
      body: [],
      children: sectionsIn(child),
    });
  }
  return sections;
}

/** The section tree of a live document, for the lock rules. */
export function sectionHierarchyOf(doc: Y.Doc): SectionHierarchy {
  return indexSections(sectionsIn(doc.getXmlFragment(CONTENT_FRAGMENT)));
}
