import type { ChangeEvent } from 'react';
import { ROLES, type Role } from '../../shared/auth/roles.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { ROLE_TEXTS } from './roleTexts.ts';

interface RoleSelectProps {
  value: Role;
  testId: string;
  label: string;
  disabled?: boolean;
  onChange: (role: Role) => void;
}

export function RoleSelect({ value, testId, label, disabled, onChange }: RoleSelectProps) {
  const t = useTranslate();
  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const role = ROLES.find((candidate) => candidate === event.target.value);
    if (role) onChange(role);
  };
  return (
    <select
      className="role-select"
      data-testid={testId}
      aria-label={label}
      title={t(ROLE_TEXTS[value].hint)}
      value={value}
      disabled={disabled}
      onChange={handleChange}
    >
      {ROLES.map((role) => (
        <option key={role} value={role} title={t(ROLE_TEXTS[role].hint)}>
          {t(ROLE_TEXTS[role].label)}
        </option>
      ))}
    </select>
  );
}
