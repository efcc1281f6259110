/**
 * Choosing districts among thousands (a national dataset): type part of a name (or its pinyin, or its
 * admin code) and add matches one by one; chosen districts show as chips that remove them. With none
 * chosen, every district in the province filter is compared.
 */
import { useId, useState } from 'react';
import { useApp } from '../AppContext';
import type { Report } from '../../data/dataset';
import { districtName } from '../../model/locale';
import { DistrictLink } from '../profile/DistrictLink';

/** How many matches are offered at once. */
const MATCHES_SHOWN = 12;

/** The districts whose name, English name or admin code contains the text typed, not yet chosen. */
export function matchDistricts(districts: readonly Report[], text: string, chosen: readonly string[], limit = MATCHES_SHOWN): Report[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [];
  const taken = new Set(chosen);
  const matches: Report[] = [];
  for (const report of districts) {
    if (taken.has(report.adminCode)) continue;
    if (report.district.includes(needle) || report.districtEn.toLowerCase().includes(needle) || report.adminCode.startsWith(needle) || report.city.includes(needle)) {
      matches.push(report);
      if (matches.length === limit) break;
    }
  }
  return matches;
}

export function DistrictFinder({ districts }: { districts: readonly Report[] }) {
  const { dataset, view, lang, t, navigate } = useApp();
  const [text, setText] = useState('');
  const id = useId();
  const matches = matchDistricts(districts, text, view.districts);
  const choose = (codes: string[]) => navigate({ districts: codes, source: null });
  const nameOf = (code: string) => {
    const report = districts.find((r) => r.adminCode === code) ?? dataset.reports.find((r) => r.adminCode === code);
    return report ? districtName(report, lang) : code;
  };
  return (
    <fieldset className="district-picker district-finder">
      <legend>{t.filters.districts}</legend>
      {view.districts.map((code) => (
        <button key={code} type="button" className="chip chip-chosen" onClick={() => choose(view.districts.filter((c) => c !== code))} aria-label={t.scale.removeDistrict(nameOf(code))}>
          {nameOf(code)} <span aria-hidden="true">×</span>
        </button>
      ))}
      <label className="finder-input">
        <span className="visually-hidden">{t.scale.findDistrict}</span>
        <input
          type="search"
          value={text}
          placeholder={t.scale.findPlaceholder}
          aria-describedby={`${id}-note`}
          aria-controls={`${id}-matches`}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && matches.length > 0) {
              event.preventDefault();
              choose([...view.districts, matches[0].adminCode]);
              setText('');
            }
          }}
        />
      </label>
      {view.districts.length > 0 && (
        <button type="button" className="link-button" onClick={() => choose([])}>
          {t.scale.compareAll}
        </button>
      )}
      <ul className="finder-matches" id={`${id}-matches`} aria-label={t.scale.findDistrict}>
        {matches.map((report) => (
          <li key={report.adminCode}>
            <button
              type="button"
              className="chip"
              onClick={() => {
                choose([...view.districts, report.adminCode]);
                setText('');
              }}
            >
              + {districtName(report, lang)} <span className="finder-where">{lang === 'zh' ? `${report.province}${report.city}` : report.adminCode}</span>
            </button>
            <DistrictLink report={report} className="chip-profile">
              <span aria-hidden="true">↗</span>
              <span className="visually-hidden">{t.profile.linkLabel(districtName(report, lang))}</span>
            </DistrictLink>
          </li>
        ))}
      </ul>
      <p className="filter-note" id={`${id}-note`} role="status">
        {text.trim() !== '' && matches.length === 0 ? t.scale.noMatch : view.districts.length === 0 ? t.scale.finderNote(districts.length) : t.scale.chosenNote(view.districts.length)}
      </p>
    </fieldset>
  );
}
