/** Observations laid out as columns (see observationTable.ts), in a worker before they are posted to the page. */
import type { Indicator, Observation, Report } from './dataset';
import type { ObservationColumns } from './observationTable';
import { QUALIFIERS } from './vocabulary';

/** Lays the observations of a dataset out as columns, reports and indicators given by index. */
export function toColumns(observations: readonly Observation[], reports: readonly Report[], indicators: readonly Indicator[]): ObservationColumns {
  const count = observations.length;
  const reportIndex = new Map(reports.map((report, i) => [report.id, i]));
  const indicatorIndex = new Map(indicators.map((indicator, i) => [indicator.id, i]));
  const qualifierIndex = new Map(QUALIFIERS.map((qualifier, i) => [qualifier, i]));
  const c: ObservationColumns = {
    count,
    report: new Int32Array(count),
    indicator: new Int32Array(count),
    value: new Float64Array(count),
    qualifier: new Uint8Array(count),
    decimals: new Uint8Array(count),
    line: new Int32Array(count),
    paragraph: new Int32Array(count).fill(-1),
    start: new Int32Array(count),
    end: new Int32Array(count),
    quotes: '',
    quoteEnd: new Int32Array(count),
    noteRows: new Int32Array(0),
    notes: [],
    notesZh: [],
    userRows: new Int32Array(0),
    userFiles: [],
  };
  const quotes: string[] = new Array(count);
  const noteRows: number[] = [];
  const userRows: number[] = [];
  let quoteLength = 0;
  observations.forEach((o, row) => {
    c.report[row] = reportIndex.get(o.reportId)!;
    c.indicator[row] = indicatorIndex.get(o.indicatorId)!;
    c.value[row] = o.value;
    c.qualifier[row] = qualifierIndex.get(o.qualifier)!;
    c.decimals[row] = o.decimals;
    c.line[row] = o.line;
    if (o.location) {
      c.paragraph[row] = o.location.paragraphIndex;
      c.start[row] = o.location.start;
      c.end[row] = o.location.end;
    }
    quotes[row] = o.quote;
    quoteLength += o.quote.length;
    c.quoteEnd[row] = quoteLength;
    if (o.note || o.noteZh) {
      noteRows.push(row);
      c.notes.push(o.note);
      c.notesZh.push(o.noteZh);
    }
    if (o.origin === 'user') {
      userRows.push(row);
      c.userFiles.push(o.file ?? '');
    }
  });
  c.quotes = quotes.join('');
  c.noteRows = Int32Array.from(noteRows);
  c.userRows = Int32Array.from(userRows);
  return c;
}

/** The buffers of the columns, to transfer rather than copy to another thread. */
export function columnBuffers(c: ObservationColumns): ArrayBuffer[] {
  return [c.report, c.indicator, c.value, c.qualifier, c.decimals, c.line, c.paragraph, c.start, c.end, c.quoteEnd, c.noteRows, c.userRows].map(
    (array) => array.buffer as ArrayBuffer,
  );
}
