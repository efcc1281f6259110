/** Text with scraping artefacts (image placeholders, Word bookmarks) rendered small and grey, kept in the DOM. */
import { splitArtefacts } from '../model/readingParts';

/** `transform` changes how plain runs read (e.g. a Simplified reading of a Traditional report), never artefacts. */
export function QuietText({ text, imageLabel, transform }: { text: string; imageLabel: string; transform?: (text: string) => string }) {
  return (
    <>
      {splitArtefacts(text).map((run, i) =>
        run.artefact ? (
          <span key={i} className="artefact" title={run.text}>
            {run.artefact === 'image' ? imageLabel : ''}
            <span className="visually-hidden">{run.text}</span>
          </span>
        ) : transform ? (
          transform(run.text)
        ) : (
          run.text
        ),
      )}
    </>
  );
}
