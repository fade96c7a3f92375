import { useState } from 'react';
import { useTranslate } from '../i18n/useTranslate.ts';
import { useExternalStore } from '../stores/useExternalStore.ts';
import type { RefusedTextStore } from './RefusedTextStore.ts';

type CopyState = 'idle' | 'copied' | 'failed';

// Offers back the text the server refused, after the document was reloaded from the server.
export function RefusedTextPanel({ store }: { store: RefusedTextStore }) {
  const t = useTranslate();
  const state = useExternalStore(store);
  const [copyState, setCopyState] = useState<CopyState>('idle');

  if (state.status === 'none') return null;
  if (state.status === 'reloading') {
    return (
      <div className="refused-text-panel" data-testid="refused-text-reloading" role="status">
        {t('refused.reloading')}
      </div>
    );
  }

  const text = state.paragraphs.join('\n');
  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  const handleDismiss = () => {
    setCopyState('idle');
    store.dismiss();
  };

  return (
    <section
      className="refused-text-panel"
      data-testid="refused-text-panel"
      aria-label={t('refused.heading')}
    >
      <h2 className="refused-text-heading">{t('refused.heading')}</h2>
      <p className="refused-text-explanation">{t('refused.explanation')}</p>
      <textarea
        className="refused-text-content"
        data-testid="refused-text"
        readOnly
        rows={Math.min(8, Math.max(2, state.paragraphs.length + 1))}
        value={text}
      />
      <div className="refused-text-actions">
        <button type="button" data-testid="copy-refused-text" onClick={handleCopy}>
          {copyState === 'copied' ? t('refused.copied') : t('refused.copy')}
        </button>
        <button type="button" data-testid="dismiss-refused-text" onClick={handleDismiss}>
          {t('refused.dismiss')}
        </button>
        {copyState === 'failed' && <span role="status">{t('refused.copyFailed')}</span>}
      </div>
    </section>
  );
}
