import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames.ts';
import { readReportFromFragment } from '../../shared/schema/readReportFromFragment.ts';
import type { Report } from '../../shared/schema/Report.ts';

/** The report held by an encoded Yjs state (a version's content, or the live document's). */
export function readReportFromState(state: Uint8Array): Report {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return readReportFromFragment(doc.getXmlFragment(CONTENT_FRAGMENT));
  } finally {
    doc.destroy();
  }
}
