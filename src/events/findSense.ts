import type { SenseEntry } from '../locales/ar/senses.js';
import type { EventType } from '../model/types.js';
import { fold } from './compileTriggers.js';
import type { Token } from './tokenize.js';

/** Sense data folded once: per event type, cue phrases (as folded words) with their kind. */
export type CompiledSenses = Map<EventType, Array<{ kind: string; words: string[] }>>;

export function compileSenses(entries: readonly SenseEntry[]): CompiledSenses {
  const out: CompiledSenses = new Map();
  for (const e of entries) {
    const list = out.get(e.type) ?? [];
    for (const cue of e.cues) list.push({ kind: e.kind, words: fold(cue).split(' ') });
    out.set(e.type, list);
  }
  return out;
}

const CLITICS = /^(?:[وف]?(?:[بلك]|ال|بال|لل|وال)?)/u;

/** A word matches a cue word: equal once clitics are stripped, or starting with a cue of 4+ letters. */
function wordMatches(form: string, cue: string): boolean {
  if (form === cue) return true;
  const bare = form.replace(CLITICS, '');
  const forms = bare === form ? [form] : [form, bare, 'ال' + bare];
  return forms.some((f) => f === cue || (cue.length >= 4 && f.startsWith(cue) && f.length - cue.length <= 3));
}

/**
 * The kind of a mention of `type`: the kind whose cue stands nearest the trigger (tokens
 * [from, to) of its clause group; the trigger is at `at`), or undefined when no cue is there.
 */
export function findSense(senses: CompiledSenses, type: EventType, tokens: readonly Token[], from: number, to: number, at: number): string | undefined {
  const cues = senses.get(type);
  if (!cues) return undefined;
  let best: string | undefined;
  let bestGap = Infinity;
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
    const gap = Math.abs(i - at);
    if (gap >= bestGap) continue;
    for (const c of cues) {
      if (c.words.every((w, k) => tokens[i + k] !== undefined && wordMatches(tokens[i + k]!.form, w))) {
        best = c.kind;
        bestGap = gap;
        break;
      }
    }
  }
  return best;
}
