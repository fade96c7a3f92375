import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { restoreUpdate } from '../../../server/versions/restoreUpdate.ts';
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames.ts';
import type { Report } from '../../../shared/schema/Report.ts';
import { writeReportToFragment } from '../../../shared/schema/writeReportToFragment.ts';
import { randomlyEdited, randomReport } from '../../helpers/randomReport.ts';

function docWith(report: Report): Y.Doc {
  const doc = new Y.Doc();
  writeReportToFragment(report, doc.getXmlFragment(CONTENT_FRAGMENT));
  return doc;
}

function xmlOf(doc: Y.Doc): string {
  return doc.getXmlFragment(CONTENT_FRAGMENT).toString();
}

/** Every Y.XmlText in document order. */
function texts(doc: Y.Doc): Y.XmlText[] {
  const found: Y.XmlText[] = [];
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) found.push(child);
      else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment(CONTENT_FRAGMENT));
  return found;
}

describe('restoreUpdate on random reports', () => {
  for (let seed = 1; seed <= 150; seed++) {
    it(`restores exactly and converges with concurrent typing (seed ${seed})`, () => {
      const gen = prng.create(seed);
      const wanted = randomReport(gen);
      const live = docWith(randomlyEdited(gen, wanted));
      const version = docWith(wanted);
      const offline = new Y.Doc();
      Y.applyUpdate(offline, Y.encodeStateAsUpdate(live));

      const update = restoreUpdate(live, Y.encodeStateAsUpdate(version));
      if (update) Y.applyUpdate(live, update);
      expect(xmlOf(live)).toBe(xmlOf(version));
      expect(restoreUpdate(live, Y.encodeStateAsUpdate(version))).toBeNull();

      const candidates = texts(offline);
      if (candidates.length > 0) {
        const text = prng.oneOf(gen, candidates);
        text.insert(0, '并发');
      }
      const typed = Y.encodeStateAsUpdate(offline, Y.encodeStateVector(live));
      if (update) Y.applyUpdate(offline, update);
      Y.applyUpdate(live, typed);
      expect(xmlOf(offline)).toBe(xmlOf(live));
    });
  }
});
