/**
 * The consistency findings as the published data carries them (findings.json): packed by field, since a
 * national dataset's 130,000 findings repeat their report, indicator, verdicts and parts; the parts as the
 * indicator ids of the finding's own report, joined by spaces, so a set of parts repeats too.
 */
import { packRecords, unpackRecords, type PackedRecords } from '../data/packRecords';
import { observationKey } from '../data/dataset';
import type { Finding } from './consistency';

/** Packed findings, as JSON: indexes are plain arrays. */
export type PublishedFindings = Omit<PackedRecords, 'indexes'> & { indexes: number[][] };

/** The findings, packed for findings.json. */
export function packFindings(findings: readonly Finding[]): PublishedFindings {
  const flat = findings.map((finding) => ({ ...finding, parts: finding.parts.map((key) => key.slice(finding.reportId.length + 1)).join(' ') }));
  const packed = packRecords(flat);
  return { ...packed, indexes: packed.indexes.map((index) => Array.from(index)) };
}

/** The findings again, as `findInconsistencies` made them. */
export function unpackFindings(published: PublishedFindings): Finding[] {
  const flat = unpackRecords<Omit<Finding, 'parts'> & { parts: string }>({ ...published, indexes: published.indexes.map((index) => Int32Array.from(index)) });
  return flat.map((finding) => ({ ...finding, parts: finding.parts === '' ? [] : finding.parts.split(' ').map((id) => observationKey(finding.reportId, id)) }) as Finding);
}
