import * as Y from 'yjs';
import type { DocumentHooks } from '../../server/collab/hooks.ts';

/** Text that the test hook refuses to let into any document. */
export const REFUSED_TEXT = '禁止';

/** A test-only implementer of the real hook point: refuses updates inserting REFUSED_TEXT. */
export const refuseMarkedText: DocumentHooks = {
  name: 'refuse-marked-text',
  beforeApplyUpdate({ update }) {
    const { structs } = Y.decodeUpdate(update);
    const refused = structs.some(
      (struct) =>
        struct instanceof Y.Item &&
        struct.content instanceof Y.ContentString &&
        struct.content.str.includes(REFUSED_TEXT),
    );
    if (!refused) return undefined;
    return {
      reason: 'invalid',
      message: { zh: '测试钩子拒绝了此修改', en: 'Refused by the test hook' },
    };
  },
};
