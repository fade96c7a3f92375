import { useEffect } from 'react';
import { useLanguage } from './i18n/useLanguage.ts';
import { useTranslate } from './i18n/useTranslate.ts';
import { DocumentListPage } from './pages/DocumentListPage.tsx';
import { EditorPage } from './pages/EditorPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { matchRoute } from './routing/matchRoute.ts';
import { useLocationPath } from './routing/useLocationPath.ts';

export function App() {
  const route = matchRoute(useLocationPath());
  const language = useLanguage();
  const t = useTranslate();

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.name');
  }, [language, t]);

  switch (route.page) {
    case 'list':
      return <DocumentListPage />;
    case 'editor':
      return <EditorPage key={route.documentId} documentId={route.documentId} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
