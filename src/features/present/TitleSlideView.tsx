/** The opening slide: what is compared, in which years, and what a reader must know before the first chart. */
import { useApp } from '../AppContext';
import type { TitleSlide } from './buildDeck';

export function TitleSlideView({ slide }: { slide: TitleSlide }) {
  const { issues, t } = useApp();
  return (
    <article className="slide-title" aria-labelledby="slide-title-heading">
      <h2 id="slide-title-heading">{slide.title}</h2>
      <p className="slide-lead">{slide.subtitle}</p>
      {slide.scope.length > 0 && (
        <ul className="slide-scope">
          {slide.scope.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      )}
      <p className="slide-families">{slide.families.join(' · ')}</p>
      {slide.notes.map((note) => (
        <p className="slide-note" key={note}>
          {note}
        </p>
      ))}
      {/* The data check's warning stays visible with the app's banner hidden. */}
      {issues.length > 0 && <p className="slide-warning">{t.dataHealth(issues.length)}</p>}
      <p className="slide-hint">{t.present.hint}</p>
    </article>
  );
}
