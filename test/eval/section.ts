// The shape every eval section has, so another part of the parser (events, merge) can add its own
// section to test/eval/eval.ts without touching the others.
import type { EvalContext } from './context.js';

export interface SectionResult {
  name: string;
  /** Label/value pairs printed as the section's summary table. */
  summary: Array<[string, string]>;
  /** Per-row misses and notes, printed under the table. */
  details: string[];
  /** Machine-readable result written into last-eval.json under the section's name. */
  json: unknown;
}

export interface EvalSection {
  name: string;
  run(ctx: EvalContext): SectionResult;
}
