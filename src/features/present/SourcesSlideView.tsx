/** The closing slide: every report the deck draws on, with its place, year, title and file. */
import type { SourcesSlide } from './buildDeck';

export function SourcesSlideView({ slide }: { slide: SourcesSlide }) {
  return (
    <article className="slide-sources" aria-labelledby="slide-sources-heading">
      <h2 id="slide-sources-heading">{slide.title}</h2>
      <p className="slide-lead">{slide.summary}</p>
      <ol>
        {slide.entries.map((entry) => (
          <li key={entry.reportId}>
            <strong>{entry.label}</strong>
            <span className="source-place">{entry.place}</span>
            <span className="source-title">{entry.title}</span>
            <span className="source-file">{entry.file}</span>
          </li>
        ))}
      </ol>
      {slide.notes.map((note) => (
        <p className="slide-note" key={note}>
          {note}
        </p>
      ))}
    </article>
  );
}
