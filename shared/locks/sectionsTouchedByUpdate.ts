import * as Y from 'yjs';
import { NODE } from '../schema/nodeNames.ts';

/** What an incoming update would change, in terms of sections. */
export interface TouchedSections {
  /** Every section the update inserts into, deletes from, or deletes outright (with its subtree). */
  sectionIds: Set<string>;
  /**
   * The update refers to content this document does not have yet (it would be held as pending
   * and applied later, unchecked). Enforcement must refuse such updates.
   */
  missingDependencies: boolean;
}

type AnyStruct = Y.Item | Y.GC | Y.Skip;

function isSectionType(type: unknown): type is Y.XmlElement {
  return type instanceof Y.XmlElement && type.nodeName === NODE.section;
}

/** Adds the sections enclosing a type already in the document, innermost first. */
function addEnclosingSections(type: Y.AbstractType<unknown> | null, into: Set<string>): void {
  let current = type;
  while (current) {
    if (isSectionType(current)) into.add(String(current.getAttribute('id') ?? ''));
    const item: Y.Item | null = current._item;
    current = item ? (item.parent as Y.AbstractType<unknown>) : null;
  }
}

/** Adds every section inside a type already in the document, including the type itself. */
function addContainedSections(type: Y.AbstractType<unknown>, into: Set<string>): void {
  if (isSectionType(type)) into.add(String(type.getAttribute('id') ?? ''));
  if (type instanceof Y.XmlElement || type instanceof Y.XmlFragment) {
    for (const child of type.toArray()) {
      if (child instanceof Y.XmlElement) {
        addContainedSections(child as unknown as Y.AbstractType<unknown>, into);
      }
    }
  }
}

/** Finds the item of the document that holds `id`, or null when the document lacks it. */
function findDocItem(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null {
  if (Y.getState(doc.store, id.client) <= id.clock) return null;
  return Y.getItem(doc.store, id) as Y.Item | Y.GC;
}

/**
 * Lists the sections an update would change if applied to `doc`, without applying it.
 *
 * Inserted items are placed by their parent (or, when the encoding omits it, by their origin's
 * parent); deleted ranges are looked up in the document. Deleting a section element counts as
 * changing it and every section inside it. Items the document already has are ignored.
 */
export function sectionsTouchedByUpdate(doc: Y.Doc, update: Uint8Array): TouchedSections {
  const { structs, ds } = Y.decodeUpdate(update) as {
    structs: AnyStruct[];
    ds: { clients: Map<number, Array<{ clock: number; len: number }>> };
  };
  const result: TouchedSections = { sectionIds: new Set(), missingDependencies: false };

  const incoming = new Map<number, Y.Item[]>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) {
      result.missingDependencies = true;
      continue;
    }
    if (!(struct instanceof Y.Item)) continue;
    const list = incoming.get(struct.id.client) ?? [];
    list.push(struct);
    incoming.set(struct.id.client, list);
  }

  const findIncoming = (id: Y.ID): Y.Item | null => {
    const list = incoming.get(id.client);
    if (!list) return null;
    return (
      list.find((item) => item.id.clock <= id.clock && id.clock < item.id.clock + item.length) ??
      null
    );
  };

  // Resolves where an incoming item lands: a document type, the root, or nowhere (dropped).
  const placeOf = (
    item: Y.Item,
    seen: Set<Y.Item>,
  ): { type: Y.AbstractType<unknown> | null; newParent: Y.Item | null } | 'missing' | 'dropped' => {
    if (seen.has(item)) return 'missing';
    seen.add(item);
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return { type: null, newParent: null };
    if (parent instanceof Y.ID) {
      const fromUpdate = findIncoming(parent);
      if (fromUpdate) return { type: null, newParent: fromUpdate };
      const fromDoc = findDocItem(doc, parent);
      if (!fromDoc) return 'missing';
      if (!(fromDoc instanceof Y.Item) || !(fromDoc.content instanceof Y.ContentType)) {
        return 'dropped';
      }
      return { type: fromDoc.content.type as Y.AbstractType<unknown>, newParent: null };
    }
    const neighbour = item.origin ?? item.rightOrigin;
    if (!neighbour) return 'missing';
    const fromUpdate = findIncoming(neighbour);
    if (fromUpdate) return placeOf(fromUpdate, seen);
    const fromDoc = findDocItem(doc, neighbour);
    if (!fromDoc) return 'missing';
    if (!(fromDoc instanceof Y.Item)) return 'dropped';
    return { type: fromDoc.parent as Y.AbstractType<unknown>, newParent: null };
  };

  for (const [client, items] of incoming) {
    const known = Y.getState(doc.store, client);
    const first = items[0]!;
    if (first.id.clock > known) result.missingDependencies = true;
    for (const item of items) {
      if (item.id.clock + item.length <= known) continue;
      let current: Y.Item | null = item;
      const seen = new Set<Y.Item>();
      while (current) {
        const place = placeOf(current, seen);
        if (place === 'missing') {
          result.missingDependencies = true;
          break;
        }
        if (place === 'dropped') break;
        if (place.newParent) {
          const content = place.newParent.content;
          if (content instanceof Y.ContentType && isSectionType(content.type)) {
            const idAttribute = incomingAttribute(incoming, place.newParent, 'id');
            if (idAttribute !== null) result.sectionIds.add(idAttribute);
          }
          current = place.newParent;
          continue;
        }
        addEnclosingSections(place.type, result.sectionIds);
        break;
      }
    }
  }

  for (const [client, ranges] of ds.clients) {
    const known = Y.getState(doc.store, client);
    const docStructs = doc.store.clients.get(client) ?? [];
    for (const { clock, len } of ranges) {
      if (clock + len > known) result.missingDependencies = true;
      if (clock >= known || !docStructs.length) continue;
      let index = Y.findIndexSS(docStructs, clock);
      for (; index < docStructs.length; index++) {
        const struct = docStructs[index]!;
        if (struct.id.clock >= clock + len) break;
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        if (struct.content instanceof Y.ContentType) {
          addContainedSections(struct.content.type as Y.AbstractType<unknown>, result.sectionIds);
        }
        addEnclosingSections(struct.parent as Y.AbstractType<unknown>, result.sectionIds);
      }
    }
  }
  return result;
}

/** Reads the value an incoming update gives to an attribute of a new element. */
function incomingAttribute(
  incoming: Map<number, Y.Item[]>,
  element: Y.Item,
  name: string,
): string | null {
  for (const items of incoming.values()) {
    for (const item of items) {
      const parent = item.parent as unknown;
      if (
        item.parentSub === name &&
        parent instanceof Y.ID &&
        parent.client === element.id.client &&
        parent.clock === element.id.clock
      ) {
        const value = item.content.getContent()[0];
        return value === undefined ? null : String(value);
      }
    }
  }
  return null;
}
