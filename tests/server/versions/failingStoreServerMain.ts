import fs from 'node:fs';
import path from 'node:path';
import { runServer } from '../../../server/runServer.ts';

/** While this file exists in the data directory, storing any document update fails. */
export const FAIL_STORE_FLAG = 'fail-store';

await runServer(process.env, {
  hooks: [
    {
      name: 'fail-store-on-demand',
      storeUpdate() {
        if (fs.existsSync(path.join(process.env.DATA_DIR!, FAIL_STORE_FLAG))) {
          throw new Error('storing refused by the test');
        }
      },
    },
  ],
});
