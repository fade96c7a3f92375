import type { SectionLock } from '../../shared/locks/SectionLock.ts';
import type { OutlineNode } from '../../shared/schema/outlineOf.ts';
import { translate } from '../i18n/translate.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { lockColorStyle } from '../locks/lockColorStyle.ts';
import { lockTooltip } from '../locks/lockTooltip.ts';
import type { SectionStatus } from './summarizeFindings.ts';
import { useOutlineTranslate } from './useOutlineTranslate.ts';

interface OutlineTreeProps {
  nodes: readonly OutlineNode[];
  statusBySection: ReadonlyMap<string, SectionStatus>;
  locks?: ReadonlyMap<string, SectionLock>;
  openThreads?: ReadonlyMap<string, number>;
  onJump: (sectionId: string) => void;
}

export function OutlineTree({
  nodes,
  statusBySection,
  locks,
  openThreads,
  onJump,
}: OutlineTreeProps) {
  const t = useOutlineTranslate();
  const language = useLanguage();
  return (
    <ul className="outline-tree" role="group">
      {nodes.map((node) => {
        const status = statusBySection.get(node.id) ?? 'ok';
        const handleClick = () => onJump(node.id);
        const lock = locks?.get(node.id);
        const threadCount = openThreads?.get(node.id) ?? 0;
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
              {lock && (
                <span
                  className="outline-lock-badge"
                  data-testid="outline-lock-badge"
                  data-section-id={node.id}
                  data-holder={lock.holderName}
                  title={lockTooltip(lock, language)}
                  style={lockColorStyle(lock.holderColor)}
                >
                  {lock.holderName}
                </span>
              )}
              {threadCount > 0 && (
                <span
                  className="outline-thread-count"
                  data-testid="outline-thread-count"
                  data-section-id={node.id}
                  title={translate(language, 'comments.sectionThreads', { count: threadCount })}
                >
                  {threadCount}
                </span>
              )}
            </button>
            {node.children.length > 0 && (
              <OutlineTree
                nodes={node.children}
                statusBySection={statusBySection}
                locks={locks}
                openThreads={openThreads}
                onJump={onJump}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
