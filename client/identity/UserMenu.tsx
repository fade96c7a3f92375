import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslate } from '../i18n/useTranslate.ts';
import { createLogger } from '../logging/createLogger.ts';
import { NavLink } from '../routing/NavLink.tsx';
import { navigate } from '../routing/navigate.ts';
import { ROUTE_PATH } from '../routing/routePath.ts';
import { sessionStore } from './sessionStore.ts';
import { useCurrentUser } from './useCurrentUser.ts';

const logger = createLogger('http');

// The logged-in user's name in the top bar; opens their sessions and logout.
export function UserMenu() {
  const user = useCurrentUser();
  const t = useTranslate();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const handlePointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', handlePointerDown);
    return () => document.removeEventListener('pointerdown', handlePointerDown);
  }, [open]);

  if (!user) return null;
  const name = user.displayName || user.username;

  const handleToggle = () => setOpen((wasOpen) => !wasOpen);
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') setOpen(false);
  };
  const handleClose = () => setOpen(false);
  const handleLogout = () => {
    setOpen(false);
    sessionStore
      .logout()
      .catch((error: unknown) => logger.warn('logout failed', error))
      .finally(() => navigate(ROUTE_PATH.list));
  };

  return (
    <div className="user-menu" ref={rootRef} onKeyDown={handleKeyDown}>
      <button
        type="button"
        className="user-menu-button"
        data-testid="user-menu"
        aria-expanded={open}
        aria-label={t('nav.userMenu', { name })}
        onClick={handleToggle}
      >
        <span className="user-swatch" style={{ backgroundColor: user.color }} aria-hidden />
        <span className="user-menu-name">{name}</span>
        {user.isAdmin && <span className="admin-badge">{t('nav.adminBadge')}</span>}
        <span aria-hidden>▾</span>
      </button>
      {open && (
        <div className="user-menu-popup">
          <div className="user-menu-identity">
            <strong>{name}</strong>
            <span>@{user.username}</span>
          </div>
          <NavLink
            to={ROUTE_PATH.sessions}
            testId="nav-sessions"
            className="user-menu-item"
            onNavigate={handleClose}
          >
            {t('nav.sessions')}
          </NavLink>
          <button
            type="button"
            className="user-menu-item"
            data-testid="logout"
            onClick={handleLogout}
          >
            {t('nav.logout')}
          </button>
        </div>
      )}
    </div>
  );
}
