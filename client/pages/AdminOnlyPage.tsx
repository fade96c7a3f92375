import { useTranslate } from '../i18n/useTranslate.ts';
import { AppTopBar } from '../layout/AppTopBar.tsx';

export function AdminOnlyPage() {
  const t = useTranslate();
  return (
    <div className="list-page">
      <AppTopBar />
      <main className="list-main" data-testid="admin-only">
        <p>{t('admin.only')}</p>
      </main>
    </div>
  );
}
