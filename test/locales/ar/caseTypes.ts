// Row shapes shared by every *.cases.ts table. Kept apart from the runner so that the snapshot
// script and the eval can read the same tables.
import type { Anchor, Interval, ParseOptions, Precision } from '../../../src/model/types.js';

/** What the tagger must return for the expression in a row. Optional fields are checked only when given. */
export interface Expected {
  /** The expression as written. Compared after stripping one leading clitic/preposition (see coreText). */
  text: string;
  value: string | null;
  interval: Interval | null;
  precision?: Precision | null;
  approximate?: boolean;
  anchor?: Anchor;
}

/** A sentence that must yield `expected` somewhere over the span of `expected.text`. */
export interface PositiveCase {
  input: string;
  /** Publication date of the article, or undefined for an undated page. */
  published: string | undefined;
  options?: Omit<ParseOptions, 'published'>;
  expected: Expected;
  /** Why the row is there, when the value is not obvious. */
  note?: string;
}

/** A sentence whose look-alike must not be tagged: no expression may overlap `notTagged`. */
export interface NegativeCase {
  input: string;
  published: string | undefined;
  notTagged: string;
  note?: string;
}

/** One family of rows; `knownGaps` are rows the tagger still gets wrong (run with it.fails). */
export interface Family {
  name: string;
  cases: PositiveCase[];
  negatives?: NegativeCase[];
  knownGaps?: Array<PositiveCase | NegativeCase>;
}
