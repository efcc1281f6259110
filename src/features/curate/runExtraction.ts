/**
 * Proposes a report's figures in a Web Worker (extract.worker.ts). Where a worker cannot start (a page
 * opened from file://), the same extractor runs on the page instead.
 */
import type { Indicator } from '../../data/dataset';
import type { Extraction, IndicatorLike } from './extraction';

export interface ExtractRequest {
  text: string;
  indicators: IndicatorLike[];
}

export type ExtractResponse = { ok: true; extraction: Extraction } | { ok: false; message: string };

async function runInline(request: ExtractRequest): Promise<Extraction> {
  const { extractReport } = await import('../../extract/extractReport');
  return extractReport(request.text, request.indicators);
}

/** The dictionary's fields the extractor needs, as plain objects a worker can be sent. */
export function toExtractIndicators(indicators: readonly Indicator[]): IndicatorLike[] {
  return indicators.map(({ id, domain, nameZh, unit, kind, parentId, breakdownOf }) => ({ id, domain, nameZh, unit, kind, parentId, breakdownOf }));
}

export function runExtraction(request: ExtractRequest): Promise<Extraction> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return runInline(request);
  }
  return new Promise((resolve, reject) => {
    let answered = false;
    worker.onmessage = (event: MessageEvent<ExtractResponse>) => {
      answered = true;
      worker.terminate();
      if (event.data.ok) resolve(event.data.extraction);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // A worker that failed before answering could not load: read on the page instead.
      if (!answered) runInline(request).then(resolve, reject);
    };
    worker.postMessage(request);
  });
}
