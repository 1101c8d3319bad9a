// Every Arabic case table, in the order the suite and the snapshot list them.
import type { Family } from './caseTypes.js';
import { weekdays } from './weekdays.cases.js';
import { deictic } from './deictic.cases.js';
import { partsOfDay } from './partsOfDay.cases.js';
import { months } from './months.cases.js';
import { hijri } from './hijri.cases.js';
import { years } from './years.cases.js';
import { relative } from './relative.cases.js';
import { eventAnchored } from './eventAnchored.cases.js';
import { negatives } from './negatives.cases.js';

export const families: readonly Family[] = [
  weekdays,
  deictic,
  partsOfDay,
  months,
  hijri,
  years,
  relative,
  eventAnchored,
  negatives,
];
