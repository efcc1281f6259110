/**
 * A report's id, file name and title are mostly its other fields (`2018-beijing-110101`,
 * `景北市平溪区人民政府2018年法治政府建设年度报告`): published as templates (`\0year\0-beijing-\0adminCode\0`),
 * a national dataset's 17,000 titles are a few distinct values, and dataset.json a third of its size.
 */
import type { Report } from './dataset';
import { recordField, type PackedRecords } from './packRecords';

/** The fields a report may publish as templates. */
const TEMPLATED = ['id', 'sourceFile', 'title'];
/** Between a template's literal pieces, the names of the fields that go there. */
const MARK = '\u0000';

/** What a report's field puts in a template: a string or number of two characters or more. */
const partOf = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The fields published as templates: those whose every value is a string without MARK. */
export function templatedFields(reports: readonly Report[]): string[] {
  return TEMPLATED.filter((field) => reports.every((report) => typeof report[field as keyof Report] === 'string' && !(report[field as keyof Report] as string).includes(MARK)));
}

/** `value` with each of the record's other fields' values in it replaced by the field's name between marks. */
function templateOf(value: string, record: Record<string, unknown>): string {
  let pieces = [value];
  for (const field in record) {
    const part = partOf(record[field]);
    if (TEMPLATED.includes(field) || part.length < 2) continue;
    // Even pieces are literal text, odd ones field names: only literal text is looked into.
    pieces = pieces.flatMap((piece, i) => (i % 2 === 1 ? [piece] : piece.split(part).flatMap((literal, j) => (j === 0 ? [literal] : [field, literal]))));
  }
  return pieces.join(MARK);
}

/**
 * The records with their templated fields filled in, as fields of every record's own values: exactly the
 * values they were made of. Done on the packed columns (each distinct template split once, each field's
 * distinct values made text once), so the records are then made with their values at once.
 */
export function expandTemplates(packed: PackedRecords, templated: readonly string[]): PackedRecords {
  const texts = new Map<string, (i: number) => string>();
  /** Record i's value of `field` as a template puts it (partOf), each distinct value converted once. */
  const textOf = (field: string) => {
    let read = texts.get(field);
    if (!read) {
      const f = packed.fields.indexOf(field);
      const [distinct, index] = f === -1 ? [[], new Int32Array(0)] : [packed.values[f].map(partOf), packed.indexes[f]];
      read = index.length === 0 ? (i) => distinct[i] ?? '' : (i) => distinct[index[i]];
      texts.set(field, read);
    }
    return read;
  };
  const [values, indexes] = [[...packed.values], [...packed.indexes]];
  for (const field of templated) {
    const f = packed.fields.indexOf(field);
    const template = recordField(packed, field);
    // Per distinct template: its literal pieces, and between them the readers of the fields that go there.
    const split = new Map<string, { literals: string[]; parts: ((i: number) => string)[] }>();
    values[f] = Array.from({ length: packed.count }, (_, i) => {
      const text = template(i) as string;
      let pieces = split.get(text);
      if (!pieces) {
        const all = text.split(MARK);
        split.set(text, (pieces = { literals: all.filter((_, k) => k % 2 === 0), parts: all.filter((_, k) => k % 2 === 1).map(textOf) }));
      }
      let value = pieces.literals[0];
      for (let k = 0; k < pieces.parts.length; k++) value += pieces.parts[k](i) + pieces.literals[k + 1];
      return value;
    });
    indexes[f] = new Int32Array(0);
  }
  return { ...packed, values, indexes };
}

/** The reports with their templated fields as templates. */
export function templateReports(reports: readonly Report[]): Record<string, unknown>[] {
  const fields = templatedFields(reports);
  return reports.map((report) => {
    const record: Record<string, unknown> = { ...report };
    for (const field of fields) record[field] = templateOf(record[field] as string, record);
    return record;
  });
}
