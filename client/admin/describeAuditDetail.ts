import { ROLES, type Role } from '../../shared/auth/roles.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Translate } from '../i18n/useTranslate.ts';
import { ROLE_TEXTS } from '../members/roleTexts.ts';

const FIELDS: Record<string, MessageKey> = {
  username: 'audit.field.username',
  displayName: 'audit.field.displayName',
  role: 'audit.field.role',
  from: 'audit.field.from',
  to: 'audit.field.to',
  title: 'audit.field.title',
  template: 'audit.field.template',
  reason: 'audit.field.reason',
  isAdmin: 'audit.field.isAdmin',
  passwordChanged: 'audit.field.passwordChanged',
  sessionId: 'audit.field.sessionId',
};

const REASONS: Record<string, MessageKey> = {
  'wrong password': 'audit.reason.wrongPassword',
  'unknown user': 'audit.reason.unknownUser',
  disabled: 'audit.reason.disabled',
};

// Ids of users repeat what the target column says in words.
const HIDDEN = new Set(['userId']);

const isRole = (value: unknown): value is Role => ROLES.some((role) => role === value);

function describeValue(key: string, value: unknown, t: Translate): string {
  if (isRole(value) && ['role', 'from', 'to'].includes(key)) return t(ROLE_TEXTS[value].label);
  if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no');
  if (key === 'reason' && typeof value === 'string' && REASONS[value]) return t(REASONS[value]);
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

// "用户：lisi；原为：起草人；改为：只读" from what the server recorded with an action.
export function describeAuditDetail(detail: Record<string, unknown>, t: Translate): string {
  return Object.entries(detail)
    .filter(
      ([key, value]) => !HIDDEN.has(key) && value !== null && value !== undefined && value !== '',
    )
    .map(([key, value]) => {
      const text = describeValue(key, value, t);
      if (key === 'text') return text;
      return `${FIELDS[key] ? t(FIELDS[key]) : key}：${text}`;
    })
    .join('；');
}
