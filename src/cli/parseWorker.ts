// Worker thread of `tarikh parse --jobs N`: parses the pages it is sent, one message each.
import { parentPort } from 'node:worker_threads';
import { parseDocument } from '../pipeline/parseDocument.js';
import type { ParseJob, ParseJobResult } from './parseJobs.js';

parentPort?.on('message', (job: ParseJob) => {
  let result: ParseJobResult;
  try {
    result = { index: job.index, doc: parseDocument(job.text, job.options) };
  } catch (err) {
    const e = err as Error;
    result = { index: job.index, error: { name: e?.name ?? 'Error', message: e?.message ?? String(err) } };
  }
  parentPort!.postMessage(result);
});
