import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition } from '@tiptap/y-tiptap';
import { reencodeAnchorPosition } from '../../shared/comments/anchorPositions.ts';
import type { CommentThread } from '../../shared/comments/CommentThread.ts';
import { followRedoneAnchor } from './followRedoneAnchor.ts';
import { threadRangeIn, type ThreadRange } from './threadRangeIn.ts';
import type { YBinding } from './yBindingOf.ts';

export interface DriftedAnchor {
  threadId: string;
  start: string;
  end: string;
}

/**
 * Threads whose passage the editor still shows (`mapped`, carried through local edits) but
 * whose Yjs positions now say otherwise: y-prosemirror writes a paragraph split or join by
 * rebuilding the moved text, so positions in it read as deleted. Each comes back with new
 * positions over the mapped passage. Threads whose text this editor's undo restored come back
 * with positions on the restored text (see `followRedoneAnchor`).
 */
export function findDriftedAnchors(
  state: EditorState,
  binding: YBinding,
  threads: readonly CommentThread[],
  mapped: ReadonlyMap<string, ThreadRange>,
): DriftedAnchor[] {
  const drifted: DriftedAnchor[] = [];
  for (const thread of threads) {
    const redone = followRedoneAnchor(binding.doc, thread.anchor);
    if (redone) {
      drifted.push({ threadId: thread.id, ...redone });
      continue;
    }
    const range = mapped.get(thread.id);
    if (!range) continue;
    const current = threadRangeIn(state, binding, thread.anchor);
    if (current && current.from === range.from && current.to === range.to) continue;
    const { doc, type, mapping } = binding;
    const start = reencodeAnchorPosition(
      doc,
      absolutePositionToRelativePosition(range.from, type, mapping),
      0,
    );
    const end = reencodeAnchorPosition(
      doc,
      absolutePositionToRelativePosition(range.to, type, mapping),
      -1,
    );
    if (start && end) drifted.push({ threadId: thread.id, start, end });
  }
  return drifted;
}
