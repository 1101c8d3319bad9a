import type { LocalizedName, TimelineEvent } from '../model/types.js';
import type { DisplayLabels } from '../locales/displayLabels.js';
import type { LaneMode } from './types.js';

function nameIn(name: LocalizedName, locale: string): string | undefined {
  return locale.toLowerCase().startsWith('ar') ? (name.ar ?? name.en) : (name.en ?? name.ar);
}

/**
 * The lane an event goes in and the lane's title: its type, its first actor, its place or its
 * first source's outlet. Events without one share an "other" lane (key '').
 *
 * @example
 * laneKey(event, 'place', 'ar', arLabels) // { key: 'hanoi', label: 'هانوي' }
 */
export function laneKey(event: TimelineEvent, mode: LaneMode, locale: string, labels: DisplayLabels): { key: string; label: string } {
  switch (mode) {
    case 'none':
      return { key: '', label: '' };
    case 'type':
      return { key: event.type, label: labels.types[event.type] ?? event.type };
    case 'actor': {
      const actor = event.actors[0];
      return actor === undefined ? { key: '', label: labels.laneOther } : { key: actor.id, label: nameIn(actor.name, locale) ?? actor.id };
    }
    case 'place': {
      const place = event.place;
      return place === undefined ? { key: '', label: labels.laneOther } : { key: place.id, label: nameIn(place.name, locale) ?? place.id };
    }
    case 'source': {
      const source = event.sources[0];
      const key = source?.outlet ?? source?.articleId;
      return key === undefined ? { key: '', label: labels.laneOther } : { key, label: key };
    }
  }
}
