import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { CommentThread } from '../../../shared/comments/CommentThread.ts';
import type { CommentStore } from '../../comments/CommentStore.ts';
import { threadRangeIn, type ThreadRange } from '../../comments/threadRangeIn.ts';
import { yBindingOf } from '../../comments/yBindingOf.ts';
import type { WritableStore } from '../../stores/createExternalStore.ts';

export interface CommentHighlightsOptions {
  comments: CommentStore | null;
  activeThread: WritableStore<string | null> | null;
}

export interface CommentHighlightState {
  decorations: DecorationSet;
  /** Where each thread's passage is; a thread missing here is detached (or not yet placed). */
  ranges: ReadonlyMap<string, ThreadRange>;
}

export const commentHighlightsKey = new PluginKey<CommentHighlightState>('commentHighlights');

const REFRESH = 'refresh';

function highlight(thread: CommentThread, range: ThreadRange, active: boolean): Decoration {
  const classes = ['comment-highlight'];
  if (thread.status === 'resolved') classes.push('is-resolved');
  if (active) classes.push('is-active');
  return Decoration.inline(
    range.from,
    range.to,
    { class: classes.join(' '), 'data-thread-id': thread.id },
    { threadId: thread.id },
  );
}

function compute(
  state: EditorState,
  threads: readonly CommentThread[],
  activeId: string | null,
): CommentHighlightState {
  const binding = yBindingOf(state);
  const ranges = new Map<string, ThreadRange>();
  if (!binding) return { decorations: DecorationSet.empty, ranges };
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    const range = threadRangeIn(state, binding, thread.anchor);
    if (!range) continue;
    ranges.set(thread.id, range);
    // Resolved threads are out of the reader's way, unless being looked at.
    if (thread.status === 'open' || thread.id === activeId) {
      decorations.push(highlight(thread, range, thread.id === activeId));
    }
  }
  return { decorations: DecorationSet.create(state.doc, decorations), ranges };
}

function mapRanges(ranges: ReadonlyMap<string, ThreadRange>, tr: Transaction) {
  const mapped = new Map<string, ThreadRange>();
  for (const [id, range] of ranges) {
    const from = tr.mapping.map(range.from, 1);
    const to = tr.mapping.map(range.to, -1);
    if (to > from) mapped.set(id, { from, to });
  }
  return mapped;
}

function isRemoteChange(tr: Transaction): boolean {
  const meta: unknown = tr.getMeta(ySyncPluginKey);
  return (
    typeof meta === 'object' && meta !== null && 'isChangeOrigin' in meta && !!meta.isChangeOrigin
  );
}

// Highlights the passages comment threads point to. The anchors are Yjs positions: they are
// resolved afresh when the threads change or a change arrives through Yjs; a local edit is
// mapped, because the Yjs side catches up with it only after this transaction.
export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',

  addOptions() {
    return { comments: null, activeThread: null };
  },

  addProseMirrorPlugins() {
    const { comments, activeThread } = this.options;
    if (!comments) return [];
    const activeId = () => activeThread?.getSnapshot() ?? null;
    return [
      new Plugin<CommentHighlightState>({
        key: commentHighlightsKey,
        state: {
          init: (_config, state) => compute(state, comments.getSnapshot().threads, activeId()),
          apply: (tr, value, _old, state) => {
            if (tr.getMeta(commentHighlightsKey) === REFRESH || isRemoteChange(tr)) {
              return compute(state, comments.getSnapshot().threads, activeId());
            }
            if (!tr.docChanged) return value;
            return {
              decorations: value.decorations.map(tr.mapping, tr.doc),
              ranges: mapRanges(value.ranges, tr),
            };
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
          handleClick: (view, pos) => {
            const found = commentHighlightsKey.getState(view.state)?.decorations.find(pos, pos);
            const threadId = found?.[0]?.spec.threadId as string | undefined;
            if (threadId && activeThread) activeThread.set(threadId);
            return false;
          },
        },
        view: (view) => {
          const refresh = () => {
            if (!view.isDestroyed)
              view.dispatch(view.state.tr.setMeta(commentHighlightsKey, REFRESH));
          };
          const unsubscribeThreads = comments.subscribe(refresh);
          const unsubscribeActive = activeThread?.subscribe(refresh);
          return {
            destroy: () => {
              unsubscribeThreads();
              unsubscribeActive?.();
            },
          };
        },
      }),
    ];
  },
});
