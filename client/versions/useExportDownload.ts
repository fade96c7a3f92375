import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportFormat } from '../../shared/versions/versionApi.ts';
import { downloadExport } from './downloadExport.ts';

export type ExportState =
  | { status: 'idle' }
  | { status: 'busy'; format: ExportFormat }
  | { status: 'failed'; format: ExportFormat; error: unknown };

// Downloads one version's exports one at a time; the state says which runs or why one failed.
export function useExportDownload(documentId: string, versionId: string) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback(
    async (format: ExportFormat) => {
      setState({ status: 'busy', format });
      try {
        await downloadExport(documentId, versionId, format);
        if (mounted.current) setState({ status: 'idle' });
      } catch (error: unknown) {
        if (mounted.current) setState({ status: 'failed', format, error });
      }
    },
    [documentId, versionId],
  );
  const dismiss = useCallback(() => setState({ status: 'idle' }), []);

  return { state, start, dismiss };
}
