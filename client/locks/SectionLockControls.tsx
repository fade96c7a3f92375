import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState, type MouseEvent } from 'react';
import { findClaimConflict } from '../../shared/locks/lockRules.ts';
import { ancestryOf } from '../../shared/locks/SectionHierarchy.ts';
import type { CollabSession } from '../collaboration/createCollabSession.ts';
import { findCurrentSection } from '../editor/sections/findCurrentSection.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { useExternalStore } from '../stores/useExternalStore.ts';
import { claimSectionLock } from './claimSectionLock.ts';
import { describeRequestFailure } from './describeRequestFailure.ts';
import { lockColorStyle } from './lockColorStyle.ts';
import { lockPermissionsOf } from './lockPermissionsOf.ts';
import { lockTooltip } from './lockTooltip.ts';
import { releaseSectionLock } from './releaseSectionLock.ts';
import { sectionHierarchyOf } from './sectionHierarchyOf.ts';

interface SectionLockControlsProps {
  editor: Editor;
  session: CollabSession;
}

// Keeps the editor's selection, which a focused button would otherwise take away.
const handleMouseDown = (event: MouseEvent) => event.preventDefault();

// Lock, unlock or (leaders, owners) force-unlock the section the caret is in.
export function SectionLockControls({ editor, session }: SectionLockControlsProps) {
  const t = useTranslate();
  const language = useLanguage();
  const locks = useExternalStore(session.locks);
  const access = useExternalStore(session.access);
  const permissions = lockPermissionsOf(access);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const { sectionId, doc } = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      sectionId: (findCurrentSection(current.state.selection)?.node.attrs.id ?? null) as
        string | null,
      doc: current.state.doc,
    }),
  });

  const userId = session.userId ?? '';
  const hierarchy = sectionHierarchyOf(doc);
  const covering =
    sectionId === null
      ? null
      : (ancestryOf(hierarchy, sectionId)
          .map((id) => locks.get(id))
          .find((lock) => lock !== undefined) ?? null);
  const conflict =
    sectionId === null || covering ? null : findClaimConflict(hierarchy, locks, sectionId, userId);

  const run = async (
    action: () => Promise<unknown>,
    key: 'lock.claimFailed' | 'lock.releaseFailed',
  ) => {
    setBusy(true);
    try {
      await action();
    } catch (error: unknown) {
      session.notices.add('error', describeRequestFailure(error, key, language));
    } finally {
      setBusy(false);
    }
  };
  const handleClaim = () => {
    if (sectionId)
      void run(() => claimSectionLock(session.requester, sectionId), 'lock.claimFailed');
  };
  const handleRelease = () => {
    if (covering)
      void run(
        () => releaseSectionLock(session.requester, covering.sectionId),
        'lock.releaseFailed',
      );
  };
  const handleAskForce = () => setConfirming(covering?.sectionId ?? null);
  const handleCancelForce = () => setConfirming(null);
  const handleForce = () => {
    setConfirming(null);
    if (covering)
      void run(
        () => releaseSectionLock(session.requester, covering.sectionId, true),
        'lock.releaseFailed',
      );
  };

  if (covering && covering.holderId === userId) {
    return (
      <div className="toolbar-group">
        <button
          type="button"
          className="toolbar-button"
          data-testid="cmd-unlock-section"
          title={lockTooltip(covering, language)}
          disabled={busy}
          onMouseDown={handleMouseDown}
          onClick={handleRelease}
        >
          <span className="toolbar-label">{t('lock.release')}</span>
        </button>
      </div>
    );
  }

  if (covering) {
    const confirmingThis = confirming === covering.sectionId;
    return (
      <div className="toolbar-group lock-held" title={lockTooltip(covering, language)}>
        <span className="lock-held-by" style={lockColorStyle(covering.holderColor)}>
          {t('lock.heldBy', { name: covering.holderName })}
        </span>
        {permissions.forceRelease && !confirmingThis && (
          <button
            type="button"
            className="toolbar-button"
            data-testid="cmd-force-release"
            disabled={busy}
            onMouseDown={handleMouseDown}
            onClick={handleAskForce}
          >
            {t('lock.forceRelease')}
          </button>
        )}
        {confirmingThis && (
          <span className="lock-confirm" role="alertdialog">
            {t('lock.forceReleaseConfirm', { name: covering.holderName })}
            <button type="button" data-testid="confirm-force-release" onClick={handleForce}>
              {t('lock.forceReleaseYes')}
            </button>
            <button type="button" data-testid="cancel-force-release" onClick={handleCancelForce}>
              {t('lock.forceReleaseNo')}
            </button>
          </span>
        )}
      </div>
    );
  }

  const reason =
    sectionId === null
      ? t('lock.noSection')
      : conflict && conflict.kind === 'descendantHeld'
        ? t('lock.descendantHeld', { name: conflict.lock.holderName })
        : t('lock.claim');
  return (
    <div className="toolbar-group">
      <button
        type="button"
        className="toolbar-button"
        data-testid="cmd-lock-section"
        title={reason}
        aria-label={t('lock.claim')}
        disabled={busy || !permissions.lock || sectionId === null || conflict !== null}
        onMouseDown={handleMouseDown}
        onClick={handleClaim}
      >
        <span className="toolbar-label">{t('lock.claim')}</span>
      </button>
    </div>
  );
}
