import { runServer } from '../../server/runServer.ts';
import { refuseMarkedText } from './refuseMarkedText.ts';

await runServer(process.env, { hooks: [refuseMarkedText] });
