/** A district's name as a link to its profile (`#/districts/<admin code>`), keeping the filters in view. */
import type { ReactNode } from 'react';
import { useApp } from '../AppContext';
import type { Report } from '../../data/dataset';
import { districtName } from '../../model/locale';
import { serialiseHash, type ViewState } from '../../url/viewState';

/** The address of a district's profile from the current view: the filters stay, the figure in focus goes. */
export function profileHash(view: ViewState, adminCode: string): string {
  return serialiseHash({
    ...view,
    route: { name: 'district', adminCode },
    source: null,
    indicator: null,
    paragraph: null,
    trend: false,
  });
}

/** The district of `report` (its name unless `children` says otherwise), linking to its profile. */
export function DistrictLink({
  report,
  children,
  className,
}: {
  report: Report;
  children?: ReactNode;
  className?: string;
}) {
  const { view, lang, t } = useApp();
  const name = districtName(report, lang);
  return (
    <a
      className={className ?? 'district-link'}
      href={profileHash(view, report.adminCode)}
      title={t.profile.linkLabel(name)}
    >
      {children ?? name}
    </a>
  );
}
