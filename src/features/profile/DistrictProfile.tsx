/**
 * A district's profile (`#/districts/<admin code>`): where it stands among its peers on each figure of its
 * latest report, and how each figure went over the years; its notes, consistency findings and reports.
 * Prints as a handout and exports its table as CSV. Loaded on demand: the overview's bundle does not carry it.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useApp } from '../AppContext';
import { buildCsv } from '../../model/buildCsv';
import { buildProfile } from '../../model/buildProfile';
import { indicatorName, districtName, noteOf, provinceName } from '../../model/locale';
import { formatNumber } from '../../model/formatValue';
import { FAMILY_DOMAINS, serialiseHash } from '../../url/viewState';
import { downloadBlob } from '../export/downloadBlob';
import { FAMILY_SPECS } from '../family/familySpecs';
import { FindingsList } from '../overview/FindingsList';
import { buildProfileCsv } from './buildProfileCsv';
import { ProfileRowView } from './ProfileRowView';
import './profile.css';

export default function DistrictProfile({ adminCode }: { adminCode: string }) {
  const { dataset, view, lang, t, openSource } = useApp();
  const profile = useMemo(() => buildProfile(dataset, adminCode, FAMILY_DOMAINS), [dataset, adminCode]);
  const familyTitle = useCallback(
    (domain: string) => FAMILY_SPECS[domain as keyof typeof FAMILY_SPECS]?.title[lang] ?? domain,
    [lang],
  );
  useEffect(() => {
    if (profile) performance.mark('profile:drawn');
  }, [profile]);
  if (!profile) {
    return (
      <section className="screen">
        <h2>{t.profile.unknown(adminCode)}</h2>
        <p>
          <a href="#/">{t.backToOverview}</a>
        </p>
      </section>
    );
  }
  const { latest } = profile;
  // Columns no figure fills (no province with several reporting districts, a single year) are left out.
  const rows = profile.families.flatMap((family) => family.rows);
  const withProvince = rows.some((row) => row.province);
  const withYears = rows.some(
    (row) =>
      row.series.filter((point) => point.observation).length > 1 ||
      (row.series.some((point) => point.observation) && !row.latest),
  );
  const name = districtName(latest, lang);
  const exportCsv = () => {
    const table = buildProfileCsv(dataset, profile, familyTitle, lang, t);
    downloadBlob(
      new Blob([buildCsv(table.header, table.rows)], { type: 'text/csv;charset=utf-8' }),
      `${t.profile.title(name)} - ${latest.year}.csv`,
    );
  };
  return (
    <article className="screen profile" aria-labelledby="profile-title" data-code={adminCode}>
      <h2 id="profile-title">{t.profile.title(name)}</h2>
      <p className="profile-where">
        {t.profile.where(provinceName(latest.province, lang), latest.city, adminCode)} · {t.profile.latest(latest.year)}
        {' · '}
        {profile.population
          ? t.profile.population(formatNumber(profile.population.population, 0, lang), profile.population.referenceDate)
          : t.profile.noPopulation}
      </p>
      <p className="screen-summary">{t.profile.summary}</p>
      <div className="profile-actions">
        <button type="button" className="export-button" onClick={() => window.print()}>
          {t.profile.print}
        </button>
        <button
          type="button"
          className="export-button"
          data-export="profile-csv"
          aria-label={t.profile.csvLabel(name)}
          onClick={exportCsv}
        >
          {t.profile.csv}
        </button>
      </div>
      {profile.families.map((family) => (
        <section key={family.domain} className="profile-family" aria-labelledby={`profile-${family.domain}`}>
          <h3 id={`profile-${family.domain}`}>{familyTitle(family.domain)}</h3>
          {family.rows.length === 0 ? (
            <p className="gap">{t.profile.noFigures}</p>
          ) : (
            <div className="table-scroll">
              <table className="values-table profile-table">
                <thead>
                  <tr>
                    <th scope="col">{t.profile.indicator}</th>
                    <th scope="col">{t.profile.value(latest.year)}</th>
                    <th scope="col">{t.profile.per10k}</th>
                    <th scope="col">{t.profile.rank}</th>
                    {withProvince && <th scope="col">{t.profile.provinceRank}</th>}
                    {withYears && <th scope="col">{t.profile.years}</th>}
                  </tr>
                </thead>
                <tbody>
                  {family.rows.map((row) => (
                    <ProfileRowView
                      key={row.indicator.id}
                      row={row}
                      latestYear={latest.year}
                      columns={{ province: withProvince, years: withYears }}
                      lang={lang}
                      t={t}
                      openSource={openSource}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
      {profile.notes.length > 0 && (
        <section className="profile-notes" aria-labelledby="profile-notes-title">
          <h3 id="profile-notes-title">{t.profile.notesTitle}</h3>
          <p className="screen-summary">{t.profile.notesSummary}</p>
          <ul>
            {profile.notes.map((observation) => {
              const indicator = dataset.indicatorById.get(observation.indicatorId)!;
              return (
                <li key={observation.key}>
                  <button type="button" className="link-button" onClick={() => openSource(observation.key)}>
                    {dataset.reportById.get(observation.reportId)?.year} · {indicatorName(indicator, lang)}
                  </button>
                  {lang === 'en' ? ': ' : '：'}
                  {noteOf(observation, lang)}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <FindingsList reports={profile.reports} />
      <section className="profile-reports" aria-labelledby="profile-reports-title">
        <h3 id="profile-reports-title">{t.profile.reportsTitle}</h3>
        <ul>
          {[...profile.reports].reverse().map((report) => (
            <li key={report.id}>
              <a
                href={serialiseHash({
                  ...view,
                  route: { name: 'report', reportId: report.id },
                  source: null,
                  paragraph: null,
                  indicator: null,
                })}
              >
                {report.year} · {report.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
