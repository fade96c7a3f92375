import type { MouseEvent } from 'react';
import { useTranslate } from '../i18n/useTranslate.ts';
import { navigate } from '../routing/navigate.ts';

export function NotFoundPage() {
  const t = useTranslate();
  const handleBack = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate('/');
  };
  return (
    <main className="not-found" data-testid="not-found">
      <p>{t('editor.notFound')}</p>
      <a href="/" onClick={handleBack}>
        {t('editor.backToList')}
      </a>
    </main>
  );
}
