/** The leaders' brief at the top of the overview: a few generated sentences, every figure a link to its source. */
import { memo, useMemo, type ReactNode } from 'react';
import { useApp } from '../AppContext';
import type { Dataset } from '../../data/dataset';
import { selectReports, type ReportFilter } from '../../model/selectReports';
import type { Lang, Messages } from '../../i18n/messages';
import { briefInconsistencies, briefRankings, type BriefFact, type RankedFigure } from '../../model/buildBrief';
import { describeFindingText } from '../../model/describeFinding';
import { formatNumber, formatWithUnit } from '../../model/formatValue';
import { districtName, indicatorName, unitLabel } from '../../model/locale';
import { FAMILY_DOMAINS } from '../../url/viewState';
import { QUEUE_ABOVE_REPORTS, useQueued } from '../../charts/useQueued';
import { comparisonOf, hasComparison } from '../../model/comparisonOf';
import { FAMILY_SPECS } from '../family/familySpecs';

/** The rates and volumes the brief compares: the families' headline indicators. */
function headlineIndicators(kindOf: (id: string) => string | undefined) {
  const ids = FAMILY_DOMAINS.flatMap((domain) => FAMILY_SPECS[domain].headline);
  return { rates: ids.filter((id) => kindOf(id) === 'rate'), volumes: ids.filter((id) => kindOf(id) === 'count') };
}

const NO_FACTS: BriefFact[] = [];

/** How many key points show at first; the others are behind "more". */
export const BRIEF_FIRST = 3;

/** How many districts tied at an extreme the brief names before it counts the rest. */
const TIED_NAMED = 5;

export function LeadersBrief({ filter }: { filter: ReportFilter }) {
  const { dataset, findings, lang, t, openSource } = useApp();
  const reports = selectReports(dataset, filter);
  // Once per filter: across the country the brief ranks 2,850 districts on eight figures, with the
  // comparisons the charts draw, each worked out in a task of its own (useQueued); the findings, which
  // arrive after the charts, do not rank them again.
  const plan = useMemo(() => {
    const { rates, volumes } = headlineIndicators((id) => dataset.indicatorById.get(id)?.kind);
    const missing = reports.length <= QUEUE_ABOVE_REPORTS ? [] : [...rates, ...volumes].filter((id) => !hasComparison(dataset, filter, id, false, lang));
    return {
      steps: missing.map((id) => () => void comparisonOf(dataset, filter, id, false, lang)),
      read: () => briefRankings(dataset, filter, rates, volumes, lang),
    };
  }, [dataset, filter, reports, lang]);
  // Its first facts come with the charts (appearing after them, they would push them down); a new
  // selection's, after the charts.
  const rankings = useQueued(plan, true) ?? NO_FACTS;
  const inconsistencies = useMemo(() => briefInconsistencies(dataset, reports, findings), [dataset, reports, findings]);
  const facts = useMemo(() => [...rankings, ...inconsistencies], [rankings, inconsistencies]);
  if (facts.length === 0) return null;
  return <BriefFacts facts={facts} dataset={dataset} lang={lang} t={t} openSource={openSource} />;
}

interface BriefFactsProps {
  facts: BriefFact[];
  dataset: Dataset;
  lang: Lang;
  t: Messages;
  openSource: (key: string) => void;
}

/** The brief's sentences; memoized, so a filter change does not write them again before the charts follow. */
const BriefFacts = memo(function BriefFacts({ facts, dataset, lang, t, openSource }: BriefFactsProps) {
  const link = (key: string, text: string) => (
    <button type="button" className="value-button" onClick={() => openSource(key)}>
      {text}
    </button>
  );
  const figure = (ranked: RankedFigure, unit: string) =>
    link(ranked.observation.key, t.brief.figure(districtName(ranked.report, lang), formatWithUnit(ranked.observation.value, ranked.observation.qualifier, unit, 2, lang), ranked.report.year));
  // Districts tied at an extreme are all named, each a link of its own.
  // Across the country hundreds can tie (a loss rate of 0%): the first few are named, the rest counted.
  const figures = (tied: RankedFigure[], unit: string) => (
    <>
      {tied.slice(0, TIED_NAMED).map((ranked, i) => (
        <span key={ranked.observation.key}>
          {i > 0 && t.brief.and}
          {figure(ranked, unit)}
        </span>
      ))}
      {tied.length > TIED_NAMED && t.scale.andMore(TIED_NAMED, tied.length)}
    </>
  );
  // A plain sentence a leader reads at a glance, then, smaller, what qualifies it: how many districts
  // report the figure, whether their years differ, how many count it otherwise than the definition.
  const caveats = (fact: Extract<BriefFact, { type: 'range' | 'perCapita' }>) => {
    const notes = fact.type === 'range' && fact.notes > 0 ? [t.brief.notes(fact.notes)] : [];
    const years = fact.years.length > 1 ? [t.brief.mixedYears(fact.years)] : [];
    return [t.brief.compared(fact.compared), ...years, ...notes].join(t.brief.caveatSeparator);
  };
  const sentence = (fact: BriefFact): ReactNode[] => {
    if (fact.type === 'inconsistent') return [link(fact.observation.key, describeFindingText(fact.finding, dataset, lang))];
    const indicator = dataset.indicatorById.get(fact.indicatorId)!;
    const name = indicatorName(indicator, lang);
    const caveat = <small className="brief-caveat">{caveats(fact)}</small>;
    if (fact.type === 'range') return [...t.brief.range(name, figures(fact.high, indicator.unit), figures(fact.low, indicator.unit)), caveat];
    const top = fact.top;
    const text = t.brief.perCapitaValue(districtName(top.report, lang), formatNumber(fact.top.value, 2, lang), unitLabel(indicator.unit, lang), formatWithUnit(top.observation.value, top.observation.qualifier, indicator.unit, 2, lang), top.report.year);
    return [...t.brief.perCapita(name, link(top.observation.key, text)), caveat];
  };
  const item = (fact: BriefFact, i: number) => (
    <li key={i} className={fact.type === 'inconsistent' ? 'brief-warning' : undefined}>
      {sentence(fact).map((piece, j) => (
        <span key={j}>{piece}</span>
      ))}
    </li>
  );
  // A leader reads the first few; the rest (and the figures that do not add up) are one click away, so the
  // first chart is on the first screen.
  const first = facts.slice(0, BRIEF_FIRST);
  const rest = facts.slice(BRIEF_FIRST);
  return (
    <section className="brief" aria-labelledby="brief-title">
      <h3 id="brief-title">
        {t.brief.title} <small className="brief-summary">{t.brief.summary}</small>
      </h3>
      <ul>{first.map(item)}</ul>
      {rest.length > 0 && (
        <details className="brief-more">
          <summary>{t.brief.more(rest.length)}</summary>
          <ul>{rest.map((fact, i) => item(fact, BRIEF_FIRST + i))}</ul>
        </details>
      )}
    </section>
  );
});
