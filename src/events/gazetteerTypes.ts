/** One person, place or organization the extractor can name. */
export interface GazetteerEntry {
  id: string;
  /** English name, used for English titles. */
  en?: string;
  /** Arabic spellings, every transliteration variant (ترمب، ترامب). */
  ar: readonly string[];
  /** Places: 'city', 'country', 'region', 'site'. */
  kind?: string;
  /** Places: IANA time zone. */
  timezone?: string;
  /** Places: ids of the places that contain it (a city's country). */
  within?: readonly string[];
  /**
   * Persons holding a state office: id of the country they act for ('russia' for Putin), so a
   * telling that names the leaders and one that names the states are the same participants.
   */
  country?: string;
}

/** The gazetteer shape (src/locales/ar/gazetteer.json); users extend it through the `gazetteer` option. */
export interface Gazetteer {
  persons?: readonly GazetteerEntry[];
  places?: readonly GazetteerEntry[];
  organizations?: readonly GazetteerEntry[];
}

export type EntityKind = 'person' | 'place' | 'organization';
