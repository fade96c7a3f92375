import type { TextSegment } from '../../shared/versions/ReportComparison.ts';

// The inline diff of one text: inserted runs in <ins>, deleted runs in <del>.
export function ComparedSegments({ segments }: { segments: readonly TextSegment[] }) {
  return segments.map((segment, index) => {
    if (segment.op === 'insert') return <ins key={index}>{segment.text}</ins>;
    if (segment.op === 'delete') return <del key={index}>{segment.text}</del>;
    return <span key={index}>{segment.text}</span>;
  });
}
