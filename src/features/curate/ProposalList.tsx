/**
 * The figures under review, grouped by family and in the order of the text within each: what each says
 * (indicator, value with its hedge, quote), its state in words and a sign, and, after a check, why it fails.
 */
import { useEffect, useRef } from 'react';
import type { Indicator } from '../../data/dataset';
import type { DataIssue } from '../../data/issue';
import type { Lang, Messages } from '../../i18n/messages';
import { describeIssue } from '../upload/describeIssue';
import { FAMILY_ORDER, orderForReview, type ReviewItem } from './reviewState';

interface ProposalListProps {
  items: readonly ReviewItem[];
  currentId: string | null;
  indicatorById: ReadonlyMap<string, Indicator>;
  issuesByItem: ReadonlyMap<string, DataIssue[]>;
  onSelect: (id: string) => void;
  lang: Lang;
  t: Messages;
}

/** The indicator's name in the interface language, or what stands for a figure without one. */
export function indicatorLabel(item: ReviewItem, indicatorById: ReadonlyMap<string, Indicator>, lang: Lang, t: Messages): string {
  const indicator = indicatorById.get(item.indicatorId);
  if (indicator) return lang === 'zh' ? indicator.nameZh : indicator.nameEn;
  return item.proposed?.suggestedId ? t.curate.suggested(item.proposed.suggestedId) : t.curate.noIndicator;
}

export function ProposalList({ items, currentId, indicatorById, issuesByItem, onSelect, lang, t }: ProposalListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const list = listRef.current;
    const row = list?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!list || !row) return;
    const top = row.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + row.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTo({ top: Math.max(0, top - list.clientHeight / 3) });
  }, [currentId]);
  const ordered = orderForReview(items);
  const c = t.curate;
  if (items.length === 0) return <p className="curate-empty">{c.noProposals}</p>;
  return (
    <div className="curate-list" ref={listRef} role="region" aria-label={c.listLabel}>
      {FAMILY_ORDER.map((domain) => {
        const group = ordered.filter((item) => item.domain === domain);
        if (group.length === 0) return null;
        const decided = group.filter((item) => item.status !== 'pending').length;
        return (
          <section key={domain} className="curate-family" aria-label={t.domains[domain]}>
            <h3>
              {t.domains[domain]} <span className="curate-family-count">{`${decided} / ${group.length}`}</span>
            </h3>
            <ol>
              {group.map((item) => {
                const issues = issuesByItem.get(item.id) ?? [];
                const indicator = indicatorById.get(item.indicatorId);
                return (
                  <li key={item.id} className={`curate-item is-${item.status}`} aria-current={item.id === currentId ? 'true' : undefined}>
                    <button type="button" onClick={() => onSelect(item.id)} data-item={item.id}>
                      <span className="curate-status" title={c.status[item.status]}>
                        <span aria-hidden="true">{c.statusMark[item.status]}</span>
                        <span className="visually-hidden">{c.status[item.status]}</span>
                      </span>
                      <span className="curate-item-name">
                        {indicatorLabel(item, indicatorById, lang, t)}
                        {item.edited && <em>{c.editedMark}</em>}
                        {!item.proposed && <em>{c.addedMark}</em>}
                      </span>
                      <span className="curate-item-value">
                        {item.value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')} {indicator?.unit ?? item.proposed?.unit ?? ''}
                        {item.qualifier !== 'exact' && <span className="curate-qualifier"> · {t.qualifiers[item.qualifier]}</span>}
                      </span>
                      <q className="curate-item-quote" lang="zh">
                        {item.quote}
                      </q>
                    </button>
                    {issues.length > 0 && (
                      <ul className="curate-item-issues">
                        {issues.map((issue, i) => (
                          <li key={i}>{describeIssue(issue, t)}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
