import type { Block, Report, Section } from '../../shared/schema/Report.ts';
import { numberSiblings } from '../../shared/schema/numberSections.ts';

function BlockView({ block }: { block: Block }) {
  if (block.type === 'paragraph') return <p>{block.text}</p>;
  const List = block.type === 'bulletList' ? 'ul' : 'ol';
  return (
    <List>
      {block.items.map((item, index) => (
        <li key={index}>
          <Blocks blocks={item} />
        </li>
      ))}
    </List>
  );
}

function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return blocks.map((block, index) => <BlockView key={index} block={block} />);
}

function Sections({ sections }: { sections: readonly Section[] }) {
  const numbers = numberSiblings(sections);
  return sections.map((section, index) => (
    <section
      key={section.id}
      className="report-section"
      data-section-id={section.id}
      data-level={section.level}
      data-run-in={section.runIn ? 'true' : 'false'}
    >
      <h2 className="section-heading">
        {numbers[index]}
        {section.heading}
      </h2>
      <Blocks blocks={section.body} />
      <Sections sections={section.children} />
    </section>
  ));
}

// A stored report laid out like the editor's official page, numbers written out as text.
export function ReadOnlyReport({ report }: { report: Report }) {
  return (
    <article className="report-page version-page">
      <div className="report-content" data-testid="version-content">
        <h1 className="report-title">{report.title}</h1>
        <Blocks blocks={report.lead} />
        <Sections sections={report.sections} />
      </div>
    </article>
  );
}
