import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames.ts';
import { reconcileChildren } from './reconcileChildren.ts';

/**
 * The update that, applied to `live`, makes its content equal to the version's: worked out on
 * a copy, so that it can be checked (locks) before anything changes. Null when the content is
 * already equal.
 */
export function restoreUpdate(live: Y.Doc, versionState: Uint8Array): Uint8Array | null {
  const version = new Y.Doc();
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(version, versionState);
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(live));
    const updates: Uint8Array[] = [];
    copy.on('update', (update: Uint8Array) => updates.push(update));
    copy.transact(() => {
      reconcileChildren(
        copy.getXmlFragment(CONTENT_FRAGMENT),
        version.getXmlFragment(CONTENT_FRAGMENT),
      );
    });
    if (updates.length === 0) return null;
    return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
  } finally {
    version.destroy();
    copy.destroy();
  }
}
