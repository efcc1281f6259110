/**
 * Editing one figure, or adding one the extractor missed, without the mouse: the indicator found by
 * typing part of its name or id (↑/↓ and Enter pick), the value, the qualifier, and the quote taken from
 * the words selected in the text or widened and narrowed a character at a time. The quote is checked as
 * it changes (unique in the text, holding the value, its hedge the qualifier). Enter saves, Esc cancels.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Indicator } from '../../data/dataset';
import type { Paragraph } from '../../data/paragraphs';
import { QUALIFIERS, type Qualifier } from '../../data/vocabulary';
import type { Lang, Messages } from '../../i18n/messages';
import { describeIssue } from '../upload/describeIssue';
import { checkFigure } from './checkFigure';
import type { Figure } from './reviewState';
import { searchIndicators } from './searchIndicators';

interface ProposalEditorProps {
  mode: 'edit' | 'add';
  initial: Figure;
  text: string;
  paragraphs: readonly Paragraph[];
  /** The report's id, as the checks name it. */
  reportId: string;
  indicators: readonly Indicator[];
  indicatorById: ReadonlyMap<string, Indicator>;
  /** The words selected in the text, if any. */
  selection: () => { start: number; end: number } | undefined;
  onQuoteChange: (span: { start: number; end: number }) => void;
  onSave: (figure: Figure) => void;
  onCancel: () => void;
  lang: Lang;
  t: Messages;
}

export function ProposalEditor({ mode, initial, text, paragraphs, reportId, indicators, indicatorById, selection, onQuoteChange, onSave, onCancel, lang, t }: ProposalEditorProps) {
  const c = t.curate;
  const [indicatorId, setIndicatorId] = useState(initial.indicatorId);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [valueText, setValueText] = useState(String(initial.value));
  const [qualifier, setQualifier] = useState<Qualifier>(initial.qualifier);
  const [span, setSpan] = useState({ start: initial.start, end: initial.end });
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => searchRef.current?.focus(), []);
  const matches = useMemo(() => searchIndicators(indicators, query), [indicators, query]);
  const indicator = indicatorById.get(indicatorId);
  const quote = text.slice(span.start, span.end);
  const value = Number(valueText.trim().replace(/,/g, ''));
  const valueOk = valueText.trim() !== '' && Number.isFinite(value);
  const problems = useMemo(() => (valueOk ? checkFigure(paragraphs, { quote, value, qualifier }, reportId) : []), [paragraphs, quote, value, qualifier, valueOk, reportId]);
  const canSave = Boolean(indicator) && valueOk && problems.length === 0;

  const moveQuote = (next: { start: number; end: number }) => {
    if (next.start < 0 || next.end > text.length || next.end <= next.start) return;
    setSpan(next);
    onQuoteChange(next);
  };
  const pick = (chosen: Indicator) => {
    setIndicatorId(chosen.id);
    setQuery('');
  };
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && matches.length > 0) setActive((active + 1) % matches.length);
    else if (event.key === 'ArrowUp' && matches.length > 0) setActive((active - 1 + matches.length) % matches.length);
    else if (event.key === 'Enter' && matches[active]) pick(matches[active]);
    else return;
    event.preventDefault();
  };
  const save = () => {
    if (!canSave || !indicator) return;
    onSave({ indicatorId, domain: indicator.domain, value, qualifier, quote, start: span.start, end: span.end });
  };
  const name = (item: Indicator) => (lang === 'zh' ? item.nameZh : item.nameEn);
  return (
    <form
      className="curate-editor"
      aria-label={mode === 'add' ? c.addTitle : c.editTitle}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3>{mode === 'add' ? c.addTitle : c.editTitle}</h3>
      <div className="curate-field">
        <label htmlFor="curate-indicator">{c.indicator}</label>
        <p className="curate-chosen">{indicator ? `${name(indicator)} · ${indicator.id} · ${indicator.unit}` : c.noIndicator}</p>
        <input
          id="curate-indicator"
          ref={searchRef}
          type="search"
          role="combobox"
          aria-expanded={matches.length > 0}
          aria-controls="curate-indicator-list"
          aria-activedescendant={matches[active] ? `curate-indicator-${matches[active].id}` : undefined}
          placeholder={c.indicatorSearch}
          value={query}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onSearchKey}
        />
        {query.trim() !== '' && (
          <ul id="curate-indicator-list" role="listbox" className="curate-matches">
            {matches.length === 0 && <li className="curate-none">{c.indicatorNone}</li>}
            {matches.map((match, i) => (
              <li key={match.id} id={`curate-indicator-${match.id}`} role="option" aria-selected={i === active} onMouseDown={(event) => event.preventDefault()} onClick={() => pick(match)}>
                {name(match)} <code>{match.id}</code>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="curate-field-row">
        <label>
          {c.value}
          <input type="text" inputMode="decimal" name="value" value={valueText} onChange={(event) => setValueText(event.target.value)} />
        </label>
        <label>
          {c.qualifier}
          <select name="qualifier" value={qualifier} onChange={(event) => setQualifier(event.target.value as Qualifier)}>
            {QUALIFIERS.map((option) => (
              <option key={option} value={option}>
                {t.qualifiers[option]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="curate-field">
        <span>{c.quote}</span>
        <div className="curate-quote-edit">
          <button type="button" aria-label={c.quoteStartLeft} title={c.quoteStartLeft} onClick={() => moveQuote({ ...span, start: span.start - 1 })}>
            ◀
          </button>
          <button type="button" aria-label={c.quoteStartRight} title={c.quoteStartRight} onClick={() => moveQuote({ ...span, start: span.start + 1 })}>
            ▷
          </button>
          <q lang="zh">{quote}</q>
          <button type="button" aria-label={c.quoteEndLeft} title={c.quoteEndLeft} onClick={() => moveQuote({ ...span, end: span.end - 1 })}>
            ◁
          </button>
          <button type="button" aria-label={c.quoteEndRight} title={c.quoteEndRight} onClick={() => moveQuote({ ...span, end: span.end + 1 })}>
            ▶
          </button>
        </div>
        <button
          type="button"
          className="curate-use-selection"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            const selected = selection();
            if (selected) moveQuote(selected);
          }}
        >
          {c.useSelection}
        </button>
      </div>
      <div className="curate-check" aria-live="polite">
        {!valueOk ? (
          <p className="curate-problem">{t.upload.issues.notNumber({ column: c.value, got: valueText })}</p>
        ) : problems.length > 0 ? (
          problems.map((problem, i) => (
            <p key={i} className="curate-problem">
              {describeIssue(problem, t)}
            </p>
          ))
        ) : (
          <p className="curate-ok">✓ {c.figureOk}</p>
        )}
      </div>
      <div className="curate-editor-actions">
        <button type="submit" disabled={!canSave}>
          {c.save}
        </button>
        <button type="button" onClick={onCancel}>
          {c.cancel}
        </button>
      </div>
    </form>
  );
}
