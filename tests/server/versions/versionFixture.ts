import type { Report } from '../../../shared/schema/Report.ts';
import { readReportFromFragment } from '../../../shared/schema/readReportFromFragment.ts';
import type {
  ReviewState,
  VersionDetail,
  VersionSummary,
} from '../../../shared/versions/versionApi.ts';
import { createClient } from '../../helpers/createClient.ts';
import type { TestServer } from '../../helpers/createTestServer.ts';

/** A short annual report: a placeholder XX (an outline error) and 庚续 (a warning). */
export const DRAFT_TEXT = `市教体局2024年度工作报告
今年以来，我局认真贯彻落实上级部署，现将2024年度工作情况报告如下：
一、主要做法
今年我局共开展教师培训XX次，覆盖全体教职工。
二、存在的问题
工作作风有待进一步改进，个别干部担当意识不强。
三、下一步工作打算
我们将庚续优良传统，持续抓好各项工作落实。
`;

/** The parsed JSON body of a response, after checking its status. */
export async function expectJson<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${text}`);
  }
  return JSON.parse(text) as T;
}

export function versionsPath(id: string, rest = ''): string {
  return `/api/documents/${id}/versions${rest}`;
}

export async function createVersion(
  server: TestServer,
  id: string,
  name: string,
  cookie?: string,
): Promise<VersionSummary> {
  const response = await server.api(versionsPath(id), { method: 'POST', json: { name } }, cookie);
  return expectJson<VersionSummary>(response, 201);
}

export async function listVersions(
  server: TestServer,
  id: string,
  cookie?: string,
): Promise<VersionSummary[]> {
  const response = await server.api(versionsPath(id), {}, cookie);
  return (await expectJson<{ versions: VersionSummary[] }>(response)).versions;
}

export async function readVersion(
  server: TestServer,
  id: string,
  versionId: string,
  cookie?: string,
): Promise<VersionDetail> {
  return expectJson<VersionDetail>(await server.api(versionsPath(id, `/${versionId}`), {}, cookie));
}

export async function reviewState(server: TestServer, id: string): Promise<ReviewState> {
  return expectJson<ReviewState>(await server.api(`/api/documents/${id}/review`));
}

/** The report as a fresh client syncs it from the server, and its exact serialization. */
export async function liveContent(
  server: TestServer,
  id: string,
): Promise<{ report: Report; xml: string }> {
  const client = createClient(server, id);
  try {
    await client.whenSynced();
    return { report: readReportFromFragment(client.fragment), xml: client.fragment.toString() };
  } finally {
    client.destroy();
  }
}
