/** One figure of a profile: its latest value, per 10,000 residents, its ranks and median, and its years. */
import type { Messages, Lang } from '../../i18n/messages';
import type { ProfileRow } from '../../model/buildProfile';
import type { Standing } from '../../model/standing';
import { countFigures } from '../../model/buildYearSeries';
import { formatNumber, formatQualified, formatWithUnit } from '../../model/formatValue';
import { indicatorDefinition, indicatorName, unitFactor, unitLabel } from '../../model/locale';
import { Sparkline } from './Sparkline';

interface ProfileRowViewProps {
  row: ProfileRow;
  latestYear: number;
  /** Which optional columns the table has. */
  columns: { province: boolean; years: boolean };
  lang: Lang;
  t: Messages;
  openSource: (key: string) => void;
}

/** A rank of N against the median, or that only this district reports it. */
function StandingText({ standing, unit, lang, t }: { standing: Standing; unit: string; lang: Lang; t: Messages }) {
  if (standing.only) return <span className="standing-only">{t.profile.only}</span>;
  const median = formatNumber(standing.median * unitFactor(unit, lang), 2, lang);
  return (
    <>
      <strong>{t.profile.rankOf(standing.rank, standing.of)}</strong>
      {standing.approximate && <span className="standing-approx">{t.profile.approximate}</span>}
      <br />
      <span className={`versus versus-${standing.versusMedian}`}>
        {t.profile.versusMedian[standing.versusMedian]} {median}
        {unit === '%' ? '%' : ''}
      </span>
    </>
  );
}

export function ProfileRowView({ row, latestYear, columns, lang, t, openSource }: ProfileRowViewProps) {
  const { indicator, latest } = row;
  const unit = indicator.unit;
  const figures = countFigures(row.series);
  return (
    <tr id={`profile-${indicator.id}`}>
      <th scope="row" title={indicatorDefinition(indicator, lang)}>
        {indicatorName(indicator, lang)}
      </th>
      <td className="profile-value">
        {latest ? (
          <button type="button" className="value-button" onClick={() => openSource(latest.key)}>
            {formatWithUnit(latest.value, latest.qualifier, unit, 2, lang)}
          </button>
        ) : (
          <span className="gap">{t.profile.notInLatest(latestYear)}</span>
        )}
      </td>
      <td className="profile-per10k">
        {row.per10k === undefined
          ? ''
          : `${formatNumber(row.per10k * unitFactor(unit, lang), 2, lang)} ${unitLabel(unit, lang)}`}
      </td>
      <td className="profile-rank">
        {indicator.kind === 'change' && latest
          ? t.profile.change
          : row.national && <StandingText standing={row.national} unit={unit} lang={lang} t={t} />}
      </td>
      {columns.province && (
        <td className="profile-rank">
          {row.province && <StandingText standing={row.province} unit={unit} lang={lang} t={t} />}
        </td>
      )}
      {columns.years && (
        <td>
          <div className="profile-years">
            {figures > 1 && <Sparkline points={row.series} />}
            {(figures > 1 || (figures === 1 && !latest)) && (
              <ul className="year-values">
                {row.series.map((point) => (
                  <li key={point.year}>
                    {point.observation ? (
                      <button
                        type="button"
                        className={`value-button year-value${point.scopeChanged ? ' scope-changed' : ''}`}
                        title={point.scopeChanged ? t.profile.scopeChanged : undefined}
                        onClick={() => openSource(point.observation!.key)}
                      >
                        {point.year}:{' '}
                        {formatQualified(
                          point.observation.value * unitFactor(unit, lang),
                          point.observation.qualifier,
                          2,
                          lang,
                        )}
                        {point.scopeChanged && <span aria-label={t.profile.scopeChanged}> △</span>}
                      </button>
                    ) : (
                      <span className="gap">{t.profile.gapYear(point.year)}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </td>
      )}
    </tr>
  );
}
