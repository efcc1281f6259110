/**
 * The consistency findings as the published data carries them: packed by field, since a national
 * dataset's 130,000 findings repeat their report, indicator, verdicts and parts; the parts as the indicator
 * ids of the finding's own report, joined by spaces, so a set of parts repeats too. The distinct values
 * are JSON (findings.json), the indexes binary (findings.bin): as JSON, they made a 5 MB file whose parse
 * alone held the page for 150–200 ms on a busy machine.
 */
import { packRecords, recordField, recordsFromFiles, recordsToFiles, type PackedRecordsFiles } from '../data/packRecords';
import type { Finding, RateFinding, SumFinding } from './consistency';

/** Packed findings as published: findings.json (`head`) and findings.bin (the bytes of `indexes`). */
export type PublishedFindings = PackedRecordsFiles;

/** The findings, packed for findings.json and findings.bin. */
export function packFindings(findings: readonly Finding[]): PublishedFindings {
  const flat = findings.map((finding) => ({ ...finding, parts: finding.parts.join(' ') }));
  return recordsToFiles(packRecords(flat));
}

/** How many findings are unpacked in one step: a national dataset's 130,000 at once held the page for half a second. */
export const FINDINGS_PER_STEP = 10_000;

/**
 * The findings again, as `findInconsistencies` made them, unpacked in steps of `perStep` findings (each can
 * run in a task of its own); `read` gives them all once every step has run. Each finding is made whole in
 * one object literal (its fields kept in the object, not in a store added field by field); findings with
 * the same parts share the array.
 */
export function planUnpackFindings(head: PublishedFindings['head'], bytes: ArrayBuffer, perStep = FINDINGS_PER_STEP): { steps: (() => void)[]; read: () => Finding[] } {
  const packed = recordsFromFiles(head, bytes);
  const field = <K extends keyof RateFinding | keyof SumFinding>(name: K) => recordField(packed, name) as (i: number) => never;
  const [type, reportIdOf, indicatorId, reported, partsOf] = [field('type'), field('reportId'), field('indicatorId'), field('reported'), field('parts')];
  const [recomputed, recomputedRounded, agreesRounded, agreesTruncated] = [field('recomputed'), field('recomputedRounded'), field('agreesRounded'), field('agreesTruncated')];
  const [partsSum, status, relation, hedged] = [field('partsSum'), field('status'), field('relation'), field('hedged')];
  const findings: Finding[] = [];
  // A national dataset has a handful of distinct sets of parts: each is split once, and its array shared.
  const partSets = new Map<string, string[]>();
  const idsOf = (parts: string): string[] => partSets.get(parts) ?? partSets.set(parts, parts === '' ? [] : parts.split(' ')).get(parts)!;
  const steps = Array.from({ length: Math.ceil(packed.count / perStep) }, (_, step) => () => {
    for (let i = step * perStep; i < Math.min(packed.count, (step + 1) * perStep); i++) {
      const [reportId, parts] = [reportIdOf(i), idsOf(partsOf(i))];
      findings.push(
        type(i) === 'rate'
          ? { type: 'rate', reportId, indicatorId: indicatorId(i), reported: reported(i), recomputed: recomputed(i), recomputedRounded: recomputedRounded(i), agreesRounded: agreesRounded(i), agreesTruncated: agreesTruncated(i), parts }
          : { type: 'sum', reportId, indicatorId: indicatorId(i), reported: reported(i), partsSum: partsSum(i), status: status(i), relation: relation(i), hedged: hedged(i), parts },
      );
    }
  });
  return { steps, read: () => findings };
}

/** The findings again, as `findInconsistencies` made them, in one go. */
export function unpackFindings(head: PublishedFindings['head'], bytes: ArrayBuffer): Finding[] {
  const { steps, read } = planUnpackFindings(head, bytes);
  for (const step of steps) step();
  return read();
}
