/**
 * A figure's quote and value against the report's text, by the rules the curated data is held to
 * (observationReader.ts): the quote stands once in the report, within one paragraph; it shows the value;
 * and its hedge is the figure's qualifier. Problems are the data's own issues, so the screen words them
 * as the files screen does.
 */
import type { DataIssue } from '../../data/issue';
import { findNumbers, findValueInQuote, hedgeAround } from '../../data/numerals';
import { countOccurrences, locateQuote, type Paragraph } from '../../data/paragraphs';
import type { Figure } from './reviewState';

const issue = (column: string, code: DataIssue['code'], message: string, params: DataIssue['params']): DataIssue => ({ file: '', column, severity: 'error', code, message, params });

/** The problems of a figure's quote, value and qualifier in report `report` of these paragraphs; none when it holds. */
export function checkFigure(paragraphs: readonly Paragraph[], figure: Pick<Figure, 'quote' | 'value' | 'qualifier'>, report = ''): DataIssue[] {
  const { quote, value, qualifier } = figure;
  if (quote.trim() === '') return [issue('quote', 'empty', 'quote is empty', { column: 'quote' })];
  if (!locateQuote(paragraphs, quote)) {
    const count = paragraphs.reduce((sum, paragraph) => sum + countOccurrences(paragraph.text, quote), 0);
    return count === 0
      ? [issue('quote', 'quoteNotFound', 'quote not found in the report', { report, quote })]
      : [issue('quote', 'quoteAmbiguous', `quote occurs ${count} times in the report`, { report, count })];
  }
  const written = findValueInQuote(quote, value);
  if (!written) return [issue('value', 'valueNotInQuote', `value ${value} does not appear in the quote`, { value, quote })];
  const hedge = hedgeAround(quote, written);
  if (hedge !== qualifier) return [issue('qualifier', 'qualifierContradicts', `qualifier '${qualifier}' contradicts the quote`, { qualifier, hedge })];
  return [];
}

/**
 * A figure read from words the person selected in the text: the selection without the white space around
 * it as the quote, its first number as the value (in 万 before 万元 and 万人), and the hedge beside that number as the qualifier.
 * Undefined when the selection holds no number.
 */
export function figureFromSelection(text: string, start: number, end: number): Pick<Figure, 'quote' | 'value' | 'qualifier' | 'start' | 'end'> | undefined {
  const selected = text.slice(start, end);
  const lead = selected.length - selected.trimStart().length;
  const quote = selected.trim();
  const written = findNumbers(quote)[0];
  if (!written) return undefined;
  // 860万元 is 860 in the unit 万元, as the dictionary counts amounts; 1.2万件 stays 12,000 cases.
  const inWanUnit = /[万萬]$/.test(quote.slice(written.start, written.end)) && /^[元人]/.test(quote.slice(written.end));
  return { quote, value: inWanUnit ? Math.round((written.value / 1e4) * 1e6) / 1e6 : written.value, qualifier: hedgeAround(quote, written), start: start + lead, end: start + lead + quote.length };
}
