/** Runs the extractor off the page: a long report is read without freezing the screen. */
import { extractReport } from '../../extract/extractReport';
import type { ExtractRequest, ExtractResponse } from './runExtraction';

self.onmessage = (event: MessageEvent<ExtractRequest>) => {
  let response: ExtractResponse;
  try {
    response = { ok: true, extraction: extractReport(event.data.text, event.data.indicators) };
  } catch (error) {
    response = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
