import { permissionsOf } from '../../shared/auth/roles.ts';
import type { DocumentHooks, UpdateRejection } from '../collab/hooks.ts';
import { updateChangesDocument } from './updateChangesDocument.ts';

const READ_ONLY: UpdateRejection = {
  reason: 'readOnly',
  message: {
    zh: '您对本报告只有查看权限，修改未被保存。',
    en: 'You can only read this report; your change was not saved.',
  },
};

/**
 * Refuses every document update from a socket whose role may not edit. An update that changes
 * nothing (a reconnecting reader's answer to sync step 1) is let through.
 */
export const roleEnforcementHook: DocumentHooks = {
  name: 'role-enforcement',
  beforeApplyUpdate({ connection, doc, update }) {
    if (permissionsOf(connection.identity.role).edit) return undefined;
    return updateChangesDocument(doc, update) ? READ_ONLY : undefined;
  },
};
