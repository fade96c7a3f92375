import * as Y from 'yjs';
import { createSectionId } from '../shared/schema/createSectionId.ts';
import { CONTENT_FRAGMENT, NODE } from '../shared/schema/nodeNames.ts';
import type { Section } from '../shared/schema/Report.ts';
import { loadSampleReport } from './loadSampleReport.ts';
import { seededRandom } from './seededRandom.ts';

const DRAFTERS = 3;
const SYNC_EVERY_CHUNKS = 40;
const UPDATES_PER_BATCH = 500;
const TYPO_CHANCE = 0.04;
const LATE_INSERT_CHANCE = 0.3;
const WRONG_TEXT = '的的了是在';
const SYNC_ORIGIN = 'sync';

export interface TypedReport {
  /** The history in causal order, merged into batches the size of an editing session. */
  batches: Uint8Array[];
  stateBytes: number;
  stateVector: Uint8Array;
  /** The fragment as XML: what a client must hold once synced. */
  xml: string;
  keystrokeUpdates: number;
}

interface Drafter {
  doc: Y.Doc;
  fragment: Y.XmlFragment;
}

/**
 * A report as three drafters would have typed it together: the sample report's sections over and
 * over, typed in IME-sized chunks of one to four characters, with typos deleted again and
 * passages inserted later in the middle of their paragraph, the drafters syncing every few
 * dozen chunks. Stops once the encoded state reaches `targetBytes`.
 */
export function buildTypedReport(targetBytes: number, seed = 2024): TypedReport {
  const random = seededRandom(seed);
  const sample = loadSampleReport();
  const updates: Array<{ drafter: number; update: Uint8Array }> = [];
  const drafters: Drafter[] = Array.from({ length: DRAFTERS }, (_, index) => {
    const doc = new Y.Doc();
    doc.clientID = 101 + index;
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== SYNC_ORIGIN) updates.push({ drafter: index, update });
    });
    return { doc, fragment: doc.getXmlFragment(CONTENT_FRAGMENT) };
  });
  let synced = 0;
  const syncAll = () => {
    const fresh = updates.slice(synced);
    synced = updates.length;
    for (const { drafter, update } of fresh) {
      drafters.forEach((to, index) => {
        if (index !== drafter) Y.applyUpdate(to.doc, update, SYNC_ORIGIN);
      });
    }
  };

  const first = drafters[0]!;
  const title = appendTextBlock(first.doc, first.fragment, NODE.title);
  typeText(first.doc, title, sample.title, random);
  for (const block of sample.lead) {
    if (block.type !== 'paragraph') continue;
    typeText(
      first.doc,
      appendTextBlock(first.doc, first.fragment, NODE.paragraph),
      block.text,
      random,
    );
  }
  syncAll();

  while (Y.encodeStateAsUpdate(first.doc).byteLength < targetBytes) {
    const work = sample.sections.map((section, index) =>
      typeSection(
        drafters[index % DRAFTERS]!,
        drafters[index % DRAFTERS]!.fragment,
        section,
        random,
      ),
    );
    let chunks = 0;
    while (work.length > 0) {
      for (let index = work.length - 1; index >= 0; index--) {
        if (work[index]!.next().done) work.splice(index, 1);
      }
      if (++chunks % SYNC_EVERY_CHUNKS === 0) syncAll();
    }
    syncAll();
  }

  const batches: Uint8Array[] = [];
  for (let start = 0; start < updates.length; start += UPDATES_PER_BATCH) {
    const batch = updates.slice(start, start + UPDATES_PER_BATCH).map(({ update }) => update);
    batches.push(Y.mergeUpdates(batch));
  }
  const result: TypedReport = {
    batches,
    stateBytes: Y.encodeStateAsUpdate(first.doc).byteLength,
    stateVector: Y.encodeStateVector(first.doc),
    xml: first.fragment.toString(),
    keystrokeUpdates: updates.length,
  };
  for (const drafter of drafters) drafter.doc.destroy();
  return result;
}

/** Types a section and its subtree, yielding after every chunk so drafters interleave. */
function* typeSection(
  drafter: Drafter,
  parent: Y.XmlFragment | Y.XmlElement,
  section: Section,
  random: () => number,
): Generator<void> {
  const { doc } = drafter;
  const element = appendSection(doc, parent, section);
  yield* typeChunks(
    doc,
    appendTextBlock(doc, element, NODE.sectionHeading),
    section.heading,
    random,
  );
  for (const block of section.body) {
    if (block.type !== 'paragraph') continue;
    yield* typeChunks(doc, appendTextBlock(doc, element, NODE.paragraph), block.text, random);
  }
  for (const child of section.children) yield* typeSection(drafter, element, child, random);
}

function appendSection(
  doc: Y.Doc,
  parent: Y.XmlFragment | Y.XmlElement,
  section: Section,
): Y.XmlElement {
  const element = new Y.XmlElement(NODE.section);
  doc.transact(() => {
    element.setAttribute('id', createSectionId());
    // y-prosemirror stores attribute values with their JSON types.
    element.setAttribute('level', section.level as unknown as string);
    element.setAttribute('runIn', section.runIn as unknown as string);
    parent.push([element]);
  });
  return element;
}

/** Appends an empty text block (title, heading or paragraph) and returns its text. */
function appendTextBlock(
  doc: Y.Doc,
  parent: Y.XmlFragment | Y.XmlElement,
  name: string,
): Y.XmlText {
  const element = new Y.XmlElement(name);
  const text = new Y.XmlText();
  doc.transact(() => {
    element.insert(0, [text]);
    parent.push([element]);
  });
  return text;
}

function typeText(doc: Y.Doc, text: Y.XmlText, content: string, random: () => number): void {
  const steps = typeChunks(doc, text, content, random);
  while (!steps.next().done);
}

/**
 * Types `content` chunk by chunk, one transaction (one update) per chunk. Sometimes a passage is
 * left out and inserted at the end, and sometimes a wrong chunk is typed and deleted again.
 */
function* typeChunks(
  doc: Y.Doc,
  text: Y.XmlText,
  content: string,
  random: () => number,
): Generator<void> {
  let skipFrom = content.length;
  let skipTo = content.length;
  if (content.length > 40 && random() < LATE_INSERT_CHANCE) {
    skipFrom = Math.floor(random() * (content.length - 20));
    skipTo = skipFrom + 5 + Math.floor(random() * 15);
  }
  const typeRange = function* (from: number, to: number, cursorStart: number) {
    let cursor = cursorStart;
    let position = from;
    while (position < to) {
      if (random() < TYPO_CHANCE) {
        const wrong = WRONG_TEXT[Math.floor(random() * WRONG_TEXT.length)]!;
        doc.transact(() => text.insert(cursor, wrong));
        yield;
        doc.transact(() => text.delete(cursor, 1));
        yield;
      }
      const chunk = content.slice(position, Math.min(to, position + 1 + Math.floor(random() * 4)));
      doc.transact(() => text.insert(cursor, chunk));
      cursor += chunk.length;
      position += chunk.length;
      yield;
    }
  };
  yield* typeRange(0, skipFrom, 0);
  yield* typeRange(skipTo, content.length, skipFrom);
  yield* typeRange(skipFrom, skipTo, skipFrom);
}
