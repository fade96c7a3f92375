import { useEffect } from 'react';
import type { PublicUser } from '../shared/auth/authApi.ts';
import { useLanguage } from './i18n/useLanguage.ts';
import { useTranslate } from './i18n/useTranslate.ts';
import { useSession } from './identity/useSession.ts';
import { AdminOnlyPage } from './pages/AdminOnlyPage.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { DocumentListPage } from './pages/DocumentListPage.tsx';
import { EditorPage } from './pages/EditorPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { SessionsPage } from './pages/SessionsPage.tsx';
import { SetupPage } from './pages/SetupPage.tsx';
import { StartupPage } from './pages/StartupPage.tsx';
import { UsersPage } from './pages/UsersPage.tsx';
import { matchRoute } from './routing/matchRoute.ts';
import { useLocationPath } from './routing/useLocationPath.ts';

function RoutedPage({ user }: { user: PublicUser }) {
  const route = matchRoute(useLocationPath());
  switch (route.page) {
    case 'list':
      return <DocumentListPage />;
    case 'editor':
      return <EditorPage key={route.documentId} documentId={route.documentId} user={user} />;
    case 'users':
      return user.isAdmin ? <UsersPage /> : <AdminOnlyPage />;
    case 'audit':
      return user.isAdmin ? <AuditPage /> : <AdminOnlyPage />;
    case 'sessions':
      return <SessionsPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

export function App() {
  const session = useSession();
  const language = useLanguage();
  const t = useTranslate();

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.name');
  }, [language, t]);

  // Until the server knows who this is, the requested URL stays and the login page stands in.
  switch (session.status) {
    case 'checking':
      return <StartupPage />;
    case 'unreachable':
      return <StartupPage error={session.error} />;
    case 'needsSetup':
      return <SetupPage />;
    case 'anonymous':
      return <LoginPage expired={session.expired} />;
    case 'authenticated':
      return <RoutedPage user={session.user} />;
  }
}
