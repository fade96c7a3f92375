import type { Role } from '../../shared/auth/roles.ts';
import type { MessageKey } from '../i18n/messages.ts';

// The name and the one-line explanation of each role, as the interface shows them.
export const ROLE_TEXTS: Record<Role, { label: MessageKey; hint: MessageKey }> = {
  owner: { label: 'role.owner', hint: 'role.ownerHint' },
  leader: { label: 'role.leader', hint: 'role.leaderHint' },
  drafter: { label: 'role.drafter', hint: 'role.drafterHint' },
  viewer: { label: 'role.viewer', hint: 'role.viewerHint' },
};
