import type { ReactNode } from 'react';
import { NoticeList } from '../collaboration/NoticeList.tsx';
import { appNotices } from '../collaboration/appNotices.ts';
import { LanguageSelect } from '../i18n/LanguageSelect.tsx';
import { useTranslate } from '../i18n/useTranslate.ts';

// The frame of the pages shown before login: the product name, the language, one card.
export function AuthLayout({ children }: { children: ReactNode }) {
  const t = useTranslate();
  return (
    <div className="auth-page">
      <header className="top-bar">
        <span className="app-name">{t('app.name')}</span>
        <span className="top-bar-spacer" />
        <LanguageSelect />
      </header>
      <NoticeList store={appNotices} />
      <main className="auth-card">{children}</main>
    </div>
  );
}
