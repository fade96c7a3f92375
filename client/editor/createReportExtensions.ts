import type { Extensions } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames.ts';
import type { CompositionGate } from '../collaboration/CompositionGate.ts';
import { CompositionGateBinding } from '../collaboration/CompositionGateBinding.ts';
import type { PresenceUser } from '../identity/PresenceUser.ts';
import type { SectionLock } from '../../shared/locks/SectionLock.ts';
import type { LockStore } from '../locks/LockStore.ts';
import type { CommentPanelStore } from '../comments/CommentPanelStore.ts';
import type { CommentStore } from '../comments/CommentStore.ts';
import type { DriftedAnchor } from '../comments/findDriftedAnchors.ts';
import type { WritableStore } from '../stores/createExternalStore.ts';
import { createReportSchemaExtensions } from './createReportSchemaExtensions.ts';
import {
  EmptyNodePlaceholder,
  type EmptyNodePlaceholderOptions,
} from './extensions/EmptyNodePlaceholder.ts';
import { CaretActivity } from './extensions/CaretActivity.ts';
import { CommentHighlights } from './extensions/CommentHighlights.ts';
import { ReadOnlyGuard } from './extensions/ReadOnlyGuard.ts';
import { SectionCommands } from './extensions/SectionCommands.ts';
import { SectionLockBadges } from './extensions/SectionLockBadges.ts';
import { SectionLockGuard } from './extensions/SectionLockGuard.ts';
import { SectionNumbering } from './extensions/SectionNumbering.ts';
import { UniqueSectionIds } from './extensions/UniqueSectionIds.ts';
import { renderRemoteCaret } from './renderRemoteCaret.ts';

export interface ReportExtensionOptions {
  doc: Y.Doc;
  // Carets and presence; without it the editor shows no one else.
  awareness?: Awareness | null;
  user?: PresenceUser;
  gate?: CompositionGate | null;
  placeholderFor?: EmptyNodePlaceholderOptions['textFor'];
  // Section locks: others' block local changes and show as badges.
  locks?: LockStore | null;
  userId?: string | null;
  onLockBlocked?: ((lock: SectionLock) => void) | null;
  // Comment threads, highlighted on their passages; a click on one makes it the active thread.
  comments?: CommentStore | null;
  activeThread?: WritableStore<string | null> | null;
  onReanchor?: ((anchor: DriftedAnchor) => void) | null;
  commentPanel?: CommentPanelStore | null;
}

// The awareness user: the session's identity, and the clientId that lets carets be matched to
// activity.
export function caretUser(user: PresenceUser | undefined, awareness: Awareness) {
  return {
    id: user?.id ?? '',
    name: user?.name ?? '',
    color: user?.color ?? '#888888',
    clientId: awareness.clientID,
  };
}

export function createReportExtensions(options: ReportExtensionOptions): Extensions {
  const extensions: Extensions = [
    ...createReportSchemaExtensions(),
    SectionNumbering,
    UniqueSectionIds,
    SectionCommands,
    ReadOnlyGuard,
    SectionLockGuard.configure({
      locks: options.locks ?? null,
      userId: options.userId ?? null,
      onBlocked: options.onLockBlocked ?? null,
    }),
    SectionLockBadges.configure({ locks: options.locks ?? null, userId: options.userId ?? null }),
    Collaboration.configure({ document: options.doc, field: CONTENT_FRAGMENT }),
    CommentHighlights.configure({
      comments: options.comments ?? null,
      activeThread: options.activeThread ?? null,
      onReanchor: options.onReanchor ?? null,
      panel: options.commentPanel ?? null,
    }),
    CompositionGateBinding.configure({ gate: options.gate ?? null }),
  ];
  if (options.placeholderFor) {
    extensions.push(EmptyNodePlaceholder.configure({ textFor: options.placeholderFor }));
  }
  if (options.awareness) {
    extensions.push(
      CollaborationCaret.configure({
        provider: { awareness: options.awareness },
        user: caretUser(options.user, options.awareness),
        render: renderRemoteCaret,
      }),
      CaretActivity.configure({ awareness: options.awareness }),
    );
  }
  return extensions;
}
