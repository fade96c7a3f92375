import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { CommentThread } from '../../../shared/comments/CommentThread.ts';
import type { CommentPanelStore } from '../../comments/CommentPanelStore.ts';
import type { CommentStore } from '../../comments/CommentStore.ts';
import { findDriftedAnchors, type DriftedAnchor } from '../../comments/findDriftedAnchors.ts';
import { threadRangeIn, type ThreadRange } from '../../comments/threadRangeIn.ts';
import { yBindingOf } from '../../comments/yBindingOf.ts';
import type { WritableStore } from '../../stores/createExternalStore.ts';

export interface CommentHighlightsOptions {
  comments: CommentStore | null;
  activeThread: WritableStore<string | null> | null;
  // Called with new positions for a thread whose passage a local edit rebuilt in Yjs.
  onReanchor: ((anchor: DriftedAnchor) => void) | null;
  // The passage of a thread being written is marked too, while the comment field has focus.
  panel: CommentPanelStore | null;
}

export interface CommentHighlightState {
  decorations: DecorationSet;
  /** Where each thread's passage is; a thread missing here is detached (or not yet placed). */
  ranges: ReadonlyMap<string, ThreadRange>;
  /** Threads whose passage local edits moved since the ranges were last read from Yjs. */
  moved: ReadonlySet<string>;
}

export const commentHighlightsKey = new PluginKey<CommentHighlightState>('commentHighlights');

const REFRESH = 'refresh';
// Local edits are checked against Yjs once typing pauses this long.
const VERIFY_AFTER_MS = 300;

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
  draft: { start: string; end: string } | null,
): CommentHighlightState {
  const binding = yBindingOf(state);
  const ranges = new Map<string, ThreadRange>();
  if (!binding) return { decorations: DecorationSet.empty, ranges, moved: NONE_MOVED };
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
  const draftRange = draft
    ? threadRangeIn(state, binding, { ...draft, quote: '', sectionId: null })
    : null;
  if (draftRange) {
    decorations.push(
      Decoration.inline(draftRange.from, draftRange.to, {
        class: 'comment-highlight is-active is-draft',
      }),
    );
  }
  return { decorations: DecorationSet.create(state.doc, decorations), ranges, moved: NONE_MOVED };
}

const NONE_MOVED: ReadonlySet<string> = new Set();

function mapRanges(value: CommentHighlightState, tr: Transaction): CommentHighlightState {
  const mapped = new Map<string, ThreadRange>();
  const moved = new Set(value.moved);
  for (const [id, range] of value.ranges) {
    const from = tr.mapping.map(range.from, 1);
    const to = tr.mapping.map(range.to, -1);
    if (to > from) mapped.set(id, { from, to });
    if (to > from && (from !== range.from || to !== range.to)) moved.add(id);
  }
  const changed = mapped.size !== value.ranges.size || moved.size !== value.moved.size;
  return {
    decorations: value.decorations.map(tr.mapping, tr.doc),
    // The same map when nothing moved, so the comments column need not lay out again.
    ranges:
      changed || [...mapped].some(([id, range]) => value.ranges.get(id)?.from !== range.from)
        ? mapped
        : value.ranges,
    moved: moved.size === value.moved.size ? value.moved : moved,
  };
}

function isRemoteChange(tr: Transaction): boolean {
  const meta: unknown = tr.getMeta(ySyncPluginKey);
  return (
    typeof meta === 'object' && meta !== null && 'isChangeOrigin' in meta && !!meta.isChangeOrigin
  );
}

// Highlights the passages comment threads point to. The anchors are Yjs positions: they are
// resolved afresh when the threads change or a change arrives through Yjs; a local edit is
// mapped, because the Yjs side catches up with it only after this transaction, and checked
// against Yjs once typing pauses.
export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',

  addOptions() {
    return { comments: null, activeThread: null, onReanchor: null, panel: null };
  },

  addProseMirrorPlugins() {
    const { comments, activeThread, onReanchor, panel } = this.options;
    if (!comments) return [];
    const activeId = () => activeThread?.getSnapshot() ?? null;
    const draftAnchor = () => panel?.getSnapshot().draft ?? null;
    return [
      new Plugin<CommentHighlightState>({
        key: commentHighlightsKey,
        state: {
          init: (_config, state) =>
            compute(state, comments.getSnapshot().threads, activeId(), draftAnchor()),
          apply: (tr, value, _old, state) => {
            if (tr.getMeta(commentHighlightsKey) === REFRESH || isRemoteChange(tr)) {
              return compute(state, comments.getSnapshot().threads, activeId(), draftAnchor());
            }
            if (!tr.docChanged) return value;
            return mapRanges(value, tr);
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
          handleClick: (view, pos) => {
            const found = commentHighlightsKey.getState(view.state)?.decorations.find(pos, pos);
            const threadId = found?.[0]?.spec.threadId as string | undefined;
            // After the click has placed the caret: a redraw in the middle of it would lose it.
            if (threadId && activeThread) {
              setTimeout(() => {
                panel?.setVisible(true);
                activeThread.set(threadId);
              }, 0);
            }
            return false;
          },
        },
        view: (view) => {
          const refresh = () => {
            if (!view.isDestroyed) {
              view.dispatch(view.state.tr.setMeta(commentHighlightsKey, REFRESH));
            }
          };
          let timer: ReturnType<typeof setTimeout> | undefined;
          // After local edits: threads whose Yjs positions drifted get new ones; then every
          // highlight is read from Yjs again, as the other replicas read it.
          const verify = () => {
            timer = undefined;
            if (view.isDestroyed) return;
            if (view.composing) {
              timer = setTimeout(verify, VERIFY_AFTER_MS);
              return;
            }
            const binding = yBindingOf(view.state);
            const mapped = commentHighlightsKey.getState(view.state)?.ranges;
            if (!binding || !mapped) return;
            const { threads } = comments.getSnapshot();
            const moved = findDriftedAnchors(view.state, binding, threads, mapped);
            for (const anchor of moved) onReanchor?.(anchor);
            refresh();
          };
          const unsubscribeThreads = comments.subscribe(refresh);
          const unsubscribeActive = activeThread?.subscribe(refresh);
          let lastDraft = draftAnchor();
          const unsubscribePanel = panel?.subscribe(() => {
            if (draftAnchor() === lastDraft) return;
            lastDraft = draftAnchor();
            refresh();
          });
          let checkedMoved = NONE_MOVED;
          // Right after a local edit the collaboration binding has written it to Yjs (its view
          // updates first): passages it moved are checked now, before a remote change replaces
          // the mapped ranges with what Yjs says.
          const checkMoved = () => {
            const current = commentHighlightsKey.getState(view.state);
            if (!current || current.moved === checkedMoved || current.moved.size === 0) return;
            checkedMoved = current.moved;
            const binding = yBindingOf(view.state);
            if (!binding) return;
            const threads = comments
              .getSnapshot()
              .threads.filter((thread) => current.moved.has(thread.id));
            const drifted = findDriftedAnchors(view.state, binding, threads, current.ranges);
            if (drifted.length > 0) {
              queueMicrotask(() => {
                for (const anchor of drifted) onReanchor?.(anchor);
              });
            }
          };
          return {
            update: (_view, previous) => {
              if (previous.doc === view.state.doc) return;
              if (!view.composing) checkMoved();
              if (timer === undefined) timer = setTimeout(verify, VERIFY_AFTER_MS);
            },
            destroy: () => {
              clearTimeout(timer);
              unsubscribeThreads();
              unsubscribeActive?.();
              unsubscribePanel?.();
            },
          };
        },
      }),
    ];
  },
});
