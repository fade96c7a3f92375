import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { buildTypedReport, type TypedReport } from './buildTypedReport.ts';
import { loadSampleReport } from './loadSampleReport.ts';

const BUILDER_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'buildTypedReport.ts');

/**
 * `buildTypedReport` takes seconds, so its result is kept in the temporary directory under a key
 * made of the builder's source, the imported sample report and the size: any change rebuilds it.
 */
export function cachedTypedReport(targetBytes: number): TypedReport {
  const key = createHash('sha256')
    .update(fs.readFileSync(BUILDER_PATH))
    .update(JSON.stringify(loadSampleReport(), (key, value: unknown) => (key === 'id' ? 0 : value)))
    .update(String(targetBytes))
    .digest('hex')
    .slice(0, 16);
  const file = path.join(os.tmpdir(), `codraft-bench-typed-report-${key}.bin`);
  try {
    return v8.deserialize(fs.readFileSync(file)) as TypedReport;
  } catch {
    const report = buildTypedReport(targetBytes);
    fs.writeFileSync(file, v8.serialize(report));
    return report;
  }
}
