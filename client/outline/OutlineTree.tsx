import type { OutlineNode } from '../../shared/schema/outlineOf.ts';
import type { SectionStatus } from './summarizeFindings.ts';
import { useOutlineTranslate } from './useOutlineTranslate.ts';

interface OutlineTreeProps {
  nodes: readonly OutlineNode[];
  statusBySection: ReadonlyMap<string, SectionStatus>;
  onJump: (sectionId: string) => void;
}

export function OutlineTree({ nodes, statusBySection, onJump }: OutlineTreeProps) {
  const t = useOutlineTranslate();
  return (
    <ul className="outline-tree" role="group">
      {nodes.map((node) => {
        const status = statusBySection.get(node.id) ?? 'ok';
        const handleClick = () => onJump(node.id);
        return (
          <li
            key={node.id}
            className="outline-item"
            role="treeitem"
            aria-selected={false}
            data-testid="outline-item"
            data-section-id={node.id}
            data-level={node.level}
            data-status={status}
          >
            <button
              type="button"
              className="outline-row"
              title={`${node.number}${node.heading} · ${t(`status.${status}`)}`}
              onClick={handleClick}
            >
              <span
                className={`outline-dot outline-dot-${status}`}
                aria-label={t(`status.${status}`)}
              />
              <span className="outline-number">{node.number}</span>
              <span className="outline-heading">{node.heading || '…'}</span>
            </button>
            {node.children.length > 0 && (
              <OutlineTree
                nodes={node.children}
                statusBySection={statusBySection}
                onJump={onJump}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
