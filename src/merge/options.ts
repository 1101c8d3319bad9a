/** Options of {@link buildTimeline}. */
export interface BuildTimelineOptions {
  /**
   * How many days apart two day-or-finer claims may start and still be the same happening told
   * differently (a disputed event). Default 1: outlets that disagree by a day, as wire copy across
   * time zones often does, are merged and the event marked disputed.
   */
  dayTolerance?: number;
  /**
   * How many days before its article's publication an event with no time of its own (its time is
   * only the "reported on" date) may have happened, to be merged with a dated telling. Default 3.
   */
  reportedWindow?: number;
  /**
   * What `when` becomes for a disputed event: 'span' (default) covers every claim, so the event is
   * drawn across the days in dispute; 'best-supported' takes the claim told by the most articles
   * (ties: the finer, then the earlier). Either way `claims` keeps every distinct claim.
   */
  disputedWhen?: 'span' | 'best-supported';
  /** Title of the timeline. */
  title?: string;
  /** Language of the timeline (BCP 47). Default 'ar'. */
  language?: string;
  /**
   * At most how many recent clusters one blocking key (time bucket × actor/place) is compared
   * with. Bounds the work per event on hostile input (a million mentions of one person on one
   * day). Default 256.
   */
  maxComparisons?: number;
}

export interface NormalizedBuildOptions {
  dayTolerance: number;
  reportedWindow: number;
  disputedWhen: 'span' | 'best-supported';
  title: string | undefined;
  language: string;
  maxComparisons: number;
}

/** Every default in one place. */
export const defaults: NormalizedBuildOptions = {
  dayTolerance: 1,
  reportedWindow: 3,
  disputedWhen: 'span',
  title: undefined,
  language: 'ar',
  maxComparisons: 256,
};

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

function count(name: string, v: unknown, max: number, integer: boolean): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max || (integer && !Number.isInteger(v))) {
    throw new RangeError(`invalid option ${name}: ${show(v)} (expected ${integer ? 'an integer' : 'a number'} from 0 to ${max})`);
  }
  return v;
}

/** Checks the options once, at the boundary; a bad value is a RangeError naming the option. */
export function normalizeBuildOptions(options: unknown): NormalizedBuildOptions {
  if (options === undefined) return { ...defaults };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`buildTimeline: options must be an object (got ${show(options)})`);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!Object.hasOwn(defaults, key)) throw new RangeError(`invalid option ${key}: unknown option (expected one of ${Object.keys(defaults).join(', ')})`);
  }
  const out = { ...defaults };
  if (o.dayTolerance !== undefined) out.dayTolerance = count('dayTolerance', o.dayTolerance, 366, false);
  if (o.reportedWindow !== undefined) out.reportedWindow = count('reportedWindow', o.reportedWindow, 366, false);
  if (o.maxComparisons !== undefined) {
    out.maxComparisons = count('maxComparisons', o.maxComparisons, 1_000_000, true);
    if (out.maxComparisons < 1) throw new RangeError(`invalid option maxComparisons: 0 (expected at least 1)`);
  }
  if (o.disputedWhen !== undefined) {
    if (o.disputedWhen !== 'span' && o.disputedWhen !== 'best-supported') {
      throw new RangeError(`invalid option disputedWhen: ${show(o.disputedWhen)} (expected 'span' or 'best-supported')`);
    }
    out.disputedWhen = o.disputedWhen;
  }
  if (o.title !== undefined) {
    if (typeof o.title !== 'string') throw new RangeError(`invalid option title: ${show(o.title)} (expected a string)`);
    out.title = o.title;
  }
  if (o.language !== undefined) {
    if (typeof o.language !== 'string' || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u.test(o.language)) {
      throw new RangeError(`invalid option language: ${show(o.language)} (expected a BCP 47 tag such as 'ar')`);
    }
    out.language = o.language;
  }
  return out;
}
