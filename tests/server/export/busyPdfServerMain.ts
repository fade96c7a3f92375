import { configurePdfRendering } from '../../../server/export/renderPdf.ts';
import { runServer } from '../../../server/runServer.ts';

// One render at a time, none waiting, and that one held for good: every PDF export is refused.
const slots = configurePdfRendering({ concurrency: 1, queueLimit: 0 });
void slots.run(() => new Promise<never>(() => undefined));

await runServer(process.env);
