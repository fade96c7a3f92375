import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportResponse } from '../../shared/protocol/importApi.ts';
import type { TestServer } from './createTestServer.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The 2022 思想政治工作 sample report as users paste it. */
export const SAMPLE_REPORT_TEXT = readFileSync(
  path.join(ROOT, 'tests/fixtures/2022-sizheng-report.txt'),
  'utf8',
);

/**
 * Imports text through `POST /api/documents/import` (default: the sample, as the administrator)
 * and resolves with the 201 answer.
 */
export async function importReport(
  server: Pick<TestServer, 'api'>,
  text = SAMPLE_REPORT_TEXT,
  options: { title?: string; template?: string; cookie?: string } = {},
): Promise<ImportResponse> {
  const { cookie, ...fields } = options;
  const response = await server.api(
    '/api/documents/import',
    { method: 'POST', json: { text, ...fields } },
    cookie,
  );
  if (response.status !== 201) {
    throw new Error(`Importing failed: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as ImportResponse;
}
