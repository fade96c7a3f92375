import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { useExternalStore } from '../stores/useExternalStore.ts';
import type { Notice, NoticeStore } from './NoticeStore.ts';

function NoticeItem({ notice, onDismiss }: { notice: Notice; onDismiss: (id: number) => void }) {
  const language = useLanguage();
  const t = useTranslate();
  const handleDismiss = () => onDismiss(notice.id);
  return (
    <div
      className={`notice notice-${notice.kind}`}
      data-testid="notice"
      data-kind={notice.kind}
      role="alert"
    >
      <span>
        {'key' in notice.text ? t(notice.text.key, notice.text.params) : notice.text[language]}
      </span>
      <button
        type="button"
        className="notice-dismiss"
        aria-label={t('notice.dismiss')}
        onClick={handleDismiss}
      >
        ×
      </button>
    </div>
  );
}

export function NoticeList({ store }: { store: NoticeStore }) {
  const notices = useExternalStore(store);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} onDismiss={store.dismiss} />
      ))}
    </div>
  );
}
