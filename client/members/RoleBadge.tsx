import type { Role } from '../../shared/auth/roles.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { ROLE_TEXTS } from './roleTexts.ts';

interface RoleBadgeProps {
  // null: not a member, seen as an administrator.
  role: Role | null;
  testId: string;
}

export function RoleBadge({ role, testId }: RoleBadgeProps) {
  const t = useTranslate();
  const label = role ? t(ROLE_TEXTS[role].label) : t('role.adminOnly');
  const hint = role ? t(ROLE_TEXTS[role].hint) : t('role.adminOnlyHint');
  return (
    <span className="role-badge" data-testid={testId} data-role={role ?? 'none'} title={hint}>
      {label}
    </span>
  );
}
