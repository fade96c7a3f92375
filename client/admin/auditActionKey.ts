import type { MessageKey } from '../i18n/messages.ts';

// The server's action names (server/auth/AuditLog.ts), compared without case or separators.
const ACTIONS: Record<string, MessageKey> = {
  setup: 'audit.action.setup',
  login: 'audit.action.login',
  loginfailed: 'audit.action.loginFailed',
  logout: 'audit.action.logout',
  sessionrevoke: 'audit.action.sessionRevoked',
  passwordchange: 'audit.action.passwordChange',
  usercreate: 'audit.action.userCreated',
  userrename: 'audit.action.userRenamed',
  userdisable: 'audit.action.userDisabled',
  userenable: 'audit.action.userEnabled',
  usergrantadmin: 'audit.action.adminGranted',
  userrevokeadmin: 'audit.action.adminRevoked',
  userpasswordreset: 'audit.action.passwordReset',
  useradminfromenvironment: 'audit.action.adminFromEnvironment',
  memberadd: 'audit.action.memberAdded',
  memberchangerole: 'audit.action.roleChanged',
  memberremove: 'audit.action.memberRemoved',
  documentcreate: 'audit.action.documentCreated',
  documentimport: 'audit.action.documentImported',
  documentrename: 'audit.action.documentRenamed',
  documentdelete: 'audit.action.documentDeleted',
};

// The dictionary entry naming an audit action, or null to show the server's name as it is.
export function auditActionKey(action: string): MessageKey | null {
  return ACTIONS[action.toLowerCase().replace(/[^a-z]/g, '')] ?? null;
}
