import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { CommentThread } from '../../shared/comments/CommentThread.ts';
import { NODE } from '../../shared/schema/nodeNames.ts';
import type { ThreadRange } from './threadRangeIn.ts';

function sectionAt(doc: ProseMirrorNode, pos: number): string | null {
  if (pos > doc.content.size) return null;
  const resolved = doc.resolve(pos);
  for (let depth = resolved.depth; depth > 0; depth--) {
    const node = resolved.node(depth);
    if (node.type.name === NODE.section) return String(node.attrs.id ?? '') || null;
  }
  return null;
}

// Open threads per section, by where their passage is now (or was, for detached ones).
export function openThreadsBySection(
  doc: ProseMirrorNode,
  threads: readonly CommentThread[],
  ranges: ReadonlyMap<string, ThreadRange>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.status !== 'open') continue;
    const range = ranges.get(thread.id);
    const sectionId = range ? sectionAt(doc, range.from) : thread.anchor.sectionId;
    if (sectionId) counts.set(sectionId, (counts.get(sectionId) ?? 0) + 1);
  }
  return counts;
}
