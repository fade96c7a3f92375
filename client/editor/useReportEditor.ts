import { useEditor, type Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { NODE } from '../../shared/schema/nodeNames.ts';
import type { CollabSession } from '../collaboration/createCollabSession.ts';
import { languageStore } from '../i18n/languageStore.ts';
import { translate } from '../i18n/translate.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import type { PresenceUser } from '../identity/PresenceUser.ts';
import { createBlockedNotifier } from '../locks/createBlockedNotifier.ts';
import { caretUser, createReportExtensions } from './createReportExtensions.ts';
import { reanchorThread } from '../comments/reanchorThread.ts';

const placeholderFor = (name: string) =>
  translate(
    languageStore.getSnapshot(),
    name === NODE.title ? 'editor.titlePlaceholder' : 'editor.headingPlaceholder',
  );

export function useReportEditor(
  session: CollabSession,
  user: PresenceUser,
  editable: boolean,
): Editor | null {
  const language = useLanguage();
  const editor = useEditor(
    {
      extensions: createReportExtensions({
        doc: session.doc,
        awareness: session.provider.awareness,
        user,
        gate: session.gate,
        placeholderFor,
        locks: session.locks,
        userId: session.userId ?? user.id,
        onLockBlocked: createBlockedNotifier(session.notices),
        comments: session.comments,
        activeThread: session.activeThread,
        commentPanel: session.commentPanel,
        onReanchor: (anchor) => reanchorThread(session, anchor),
      }),
      editable,
      editorProps: {
        attributes: {
          'data-testid': 'editor-content',
          class: 'report-content',
          lang: 'zh-CN',
          spellcheck: 'false',
        },
      },
    },
    [session],
  );

  useEffect(() => {
    if (editor && !editor.isDestroyed)
      editor.commands.updateUser(caretUser(user, session.provider.awareness));
  }, [editor, user, session]);

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== editable)
      editor.setEditable(editable, false);
  }, [editor, editable]);

  useEffect(() => {
    // Placeholders are read at render time; an empty transaction redraws them in the new language.
    if (editor && !editor.isDestroyed)
      editor.view.dispatch(editor.state.tr.setMeta('language', language));
  }, [editor, language]);

  return editor;
}
