/** Text with scraping artefacts (image placeholders, Word bookmarks) rendered small and grey, kept in the DOM. */
import { splitArtefacts } from '../model/readingParts';

export function QuietText({ text, imageLabel }: { text: string; imageLabel: string }) {
  return (
    <>
      {splitArtefacts(text).map((run, i) =>
        run.artefact ? (
          <span key={i} className="artefact" title={run.text}>
            {run.artefact === 'image' ? imageLabel : ''}
            <span className="visually-hidden">{run.text}</span>
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
