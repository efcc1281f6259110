/**
 * The consistency findings as the published data carries them: packed by field, since a national
 * dataset's 130,000 findings repeat their report, indicator, verdicts and parts; the parts as the indicator
 * ids of the finding's own report, joined by spaces, so a set of parts repeats too. The distinct values
 * are JSON (findings.json), the indexes binary (findings.bin): as JSON, they made a 5 MB file whose parse
 * alone held the page for 150–200 ms on a busy machine.
 */
import { packRecords, recordsFromFiles, recordsToFiles, unpackRecords, type PackedRecordsFiles } from '../data/packRecords';
import { observationKey } from '../data/dataset';
import type { Finding } from './consistency';

/** Packed findings as published: findings.json (`head`) and findings.bin (the bytes of `indexes`). */
export type PublishedFindings = PackedRecordsFiles;

/** The findings, packed for findings.json and findings.bin. */
export function packFindings(findings: readonly Finding[]): PublishedFindings {
  const flat = findings.map((finding) => ({ ...finding, parts: finding.parts.map((key) => key.slice(finding.reportId.length + 1)).join(' ') }));
  return recordsToFiles(packRecords(flat));
}

/** How many findings are unpacked in one step: a national dataset's 130,000 at once held the page for half a second. */
export const FINDINGS_PER_STEP = 10_000;

/**
 * The findings again, as `findInconsistencies` made them, unpacked in steps of `perStep` findings (each can
 * run in a task of its own); `read` gives them all once every step has run.
 */
export function planUnpackFindings(head: PublishedFindings['head'], bytes: ArrayBuffer, perStep = FINDINGS_PER_STEP): { steps: (() => void)[]; read: () => Finding[] } {
  const packed = recordsFromFiles(head, bytes);
  const findings: Finding[] = [];
  // A national dataset has a handful of distinct sets of parts: each is split once, not once per finding
  // (400,000 short strings kept alive).
  const partIds = new Map<string, string[]>();
  const idsOf = (parts: string): string[] => {
    let ids = partIds.get(parts);
    if (!ids) partIds.set(parts, (ids = parts === '' ? [] : parts.split(' ')));
    return ids;
  };
  const steps = Array.from({ length: Math.ceil(packed.count / perStep) }, (_, step) => () => {
    const flat = unpackRecords<Omit<Finding, 'parts'> & { parts: string }>(packed, step * perStep, (step + 1) * perStep);
    for (const finding of flat) findings.push({ ...finding, parts: idsOf(finding.parts).map((id) => observationKey(finding.reportId, id)) } as Finding);
  });
  return { steps, read: () => findings };
}

/** The findings again, as `findInconsistencies` made them, in one go. */
export function unpackFindings(head: PublishedFindings['head'], bytes: ArrayBuffer): Finding[] {
  const { steps, read } = planUnpackFindings(head, bytes);
  for (const step of steps) step();
  return read();
}
