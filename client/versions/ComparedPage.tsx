import type { ComparedBlock } from '../../shared/versions/ReportComparison.ts';
import { ComparedSegments } from './ComparedSegments.tsx';

function ComparedLine({ block }: { block: ComparedBlock }) {
  const common = {
    'data-change': block.change,
    className: `compared-block compared-${block.kind}`,
  };
  const text = <ComparedSegments segments={block.segments} />;
  switch (block.kind) {
    case 'title':
      return (
        <h1 {...common} className={`${common.className} report-title`}>
          {text}
        </h1>
      );
    case 'heading':
      return (
        <section
          className="report-section"
          data-level={block.level ?? 1}
          data-compare-section={block.sectionId ?? undefined}
        >
          <h2 {...common} className={`${common.className} section-heading`}>
            {block.number}
            {text}
          </h2>
        </section>
      );
    case 'listItem':
      return (
        <p {...common}>
          {block.marker && <span className="compared-marker">{block.marker} </span>}
          {text}
        </p>
      );
    case 'paragraph':
      return <p {...common}>{text}</p>;
  }
}

// Both reports merged in reading order on an official page, changes marked inline.
export function ComparedPage({ blocks }: { blocks: readonly ComparedBlock[] }) {
  return (
    <article className="report-page version-page">
      <div className="report-content compared-content" data-testid="comparison-content">
        {blocks.map((block, index) => (
          <ComparedLine key={index} block={block} />
        ))}
      </div>
    </article>
  );
}
