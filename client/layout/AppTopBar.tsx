import { LanguageSelect } from '../i18n/LanguageSelect.tsx';
import { useTranslate } from '../i18n/useTranslate.ts';
import { useCurrentUser } from '../identity/useCurrentUser.ts';
import { UserMenu } from '../identity/UserMenu.tsx';
import { NavLink } from '../routing/NavLink.tsx';
import { ROUTE_PATH } from '../routing/routePath.ts';
import { useLocationPath } from '../routing/useLocationPath.ts';

// The top bar of every page but the editor: where to go, who is logged in, which language.
export function AppTopBar() {
  const t = useTranslate();
  const user = useCurrentUser();
  const path = useLocationPath();
  return (
    <header className="top-bar">
      <span className="app-name">{t('app.name')}</span>
      <nav className="app-nav">
        <NavLink to={ROUTE_PATH.list} testId="nav-documents" current={path === ROUTE_PATH.list}>
          {t('nav.documents')}
        </NavLink>
        {user?.isAdmin && (
          <>
            <NavLink
              to={ROUTE_PATH.users}
              testId="nav-admin-users"
              current={path === ROUTE_PATH.users}
            >
              {t('nav.users')}
            </NavLink>
            <NavLink to={ROUTE_PATH.audit} testId="nav-audit" current={path === ROUTE_PATH.audit}>
              {t('nav.audit')}
            </NavLink>
          </>
        )}
      </nav>
      <span className="top-bar-spacer" />
      <UserMenu />
      <LanguageSelect />
    </header>
  );
}
