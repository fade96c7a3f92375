import type { ExportFormat } from '../../shared/versions/versionApi.ts';
import { ApiRequestError } from '../api/ApiRequestError.ts';
import { unauthenticatedSignal } from '../api/unauthenticatedSignal.ts';
import { apiErrorOf, readJsonBody } from './apiErrorOf.ts';
import { fileNameFromDisposition } from './fileNameFromDisposition.ts';
import { saveBlob } from './saveBlob.ts';
import { exportUrl } from './versionsApi.ts';

// Fetches an export and saves it under the server's file name. A failure (PDF unavailable,
// renderer busy, version gone) throws an ApiRequestError instead of saving the error body.
export async function downloadExport(
  documentId: string,
  versionId: string,
  format: ExportFormat,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(exportUrl(documentId, versionId, format), {
      credentials: 'same-origin',
    });
  } catch (error: unknown) {
    throw new ApiRequestError('network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    if (response.status === 401) unauthenticatedSignal.raise();
    throw apiErrorOf(response, await readJsonBody(response));
  }
  const blob = await response.blob();
  const fileName =
    fileNameFromDisposition(response.headers.get('content-disposition')) ??
    `report-${versionId}.${format}`;
  saveBlob(blob, fileName);
}
