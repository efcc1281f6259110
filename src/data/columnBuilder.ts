/**
 * Observations written into columns (see observationTable.ts) as rows are checked: no object per row is
 * kept, so the validator reads 680,000 rows without 680,000 objects.
 */
import type { ObservationColumns } from './observationTable';
import type { QuoteLocation } from './paragraphs';

/** One checked observation, its report and indicator given by index. */
export interface ColumnRow {
  report: number;
  indicator: number;
  value: number;
  /** Index into QUALIFIERS. */
  qualifier: number;
  decimals: number;
  line: number;
  location: QuoteLocation | undefined;
  quote: string;
  note: string;
  noteZh: string;
  /** The analyst's file, for a row of theirs. */
  userFile: string | undefined;
}

type NumberColumn = 'report' | 'indicator' | 'value' | 'qualifier' | 'decimals' | 'line' | 'paragraph' | 'start' | 'end';

/** Growable columns; `finish` gives them as typed arrays. */
export class ColumnBuilder {
  private numbers: Record<NumberColumn, number[]> = { report: [], indicator: [], value: [], qualifier: [], decimals: [], line: [], paragraph: [], start: [], end: [] };
  private quotes: string[] = [];
  private noteRows: number[] = [];
  private notes: string[] = [];
  private notesZh: string[] = [];
  private userRows: number[] = [];
  private userFiles: string[] = [];

  get count(): number {
    return this.quotes.length;
  }

  push(row: ColumnRow): void {
    const at = this.count;
    const n = this.numbers;
    n.report.push(row.report);
    n.indicator.push(row.indicator);
    n.value.push(row.value);
    n.qualifier.push(row.qualifier);
    n.decimals.push(row.decimals);
    n.line.push(row.line);
    n.paragraph.push(row.location ? row.location.paragraphIndex : -1);
    n.start.push(row.location ? row.location.start : 0);
    n.end.push(row.location ? row.location.end : 0);
    this.quotes.push(row.quote);
    if (row.note || row.noteZh) {
      this.noteRows.push(at);
      this.notes.push(row.note);
      this.notesZh.push(row.noteZh);
    }
    if (row.userFile !== undefined) {
      this.userRows.push(at);
      this.userFiles.push(row.userFile);
    }
  }

  /** The columns; the builder is not to be used afterwards. */
  finish(): ObservationColumns {
    const n = this.numbers;
    return {
      count: this.count,
      report: Int32Array.from(n.report),
      indicator: Int32Array.from(n.indicator),
      value: Float64Array.from(n.value),
      qualifier: Uint8Array.from(n.qualifier),
      decimals: Uint8Array.from(n.decimals),
      line: Int32Array.from(n.line),
      paragraph: Int32Array.from(n.paragraph),
      start: Int32Array.from(n.start),
      end: Int32Array.from(n.end),
      quotes: this.quotes,
      noteRows: Int32Array.from(this.noteRows),
      notes: this.notes,
      notesZh: this.notesZh,
      userRows: Int32Array.from(this.userRows),
      userFiles: this.userFiles,
    };
  }
}

/** The buffers of the columns, to transfer rather than copy to another thread. */
export function columnBuffers(c: ObservationColumns): ArrayBuffer[] {
  return [c.report, c.indicator, c.value, c.qualifier, c.decimals, c.line, c.paragraph, c.start, c.end, c.noteRows, c.userRows].map((array) => array.buffer as ArrayBuffer);
}
