import { civil, isoDay, isoWeek, pad, type DayNumber } from '../calendar.js';
import type { CalendarUnit, PartOfDayCode } from '../../locales/types.js';

/** TIMEX3 value of a calendar unit containing a day: 2024, 2024-06, 2024-W25, 2024-06-20, 202, 20. */
export function unitValue(unit: CalendarUnit, n: DayNumber): string {
  const { y, m } = civil(n);
  switch (unit) {
    case 'century':
      return pad(Math.floor(y / 100), 2);
    case 'decade':
      return pad(Math.floor(y / 10), 3);
    case 'year':
      return pad(y, 4);
    case 'month':
      return `${pad(y, 4)}-${pad(m)}`;
    case 'week':
      return isoWeek(n).label;
    case 'day':
    case 'hour':
      return isoDay(n);
  }
}

/** TIMEX3 part-of-day suffixes; dawn is reported as morning, noon and midnight as clock times. */
export const POD_VALUE: Readonly<Record<PartOfDayCode, string>> = {
  DAWN: 'MO',
  MO: 'MO',
  NOON: 'MI',
  AF: 'AF',
  EV: 'EV',
  NI: 'NI',
  MIDNIGHT: 'NI',
};

/** Duration value: P18M, P3D, P2Y, P2W, PT24H, P3DE (decades as years ×10). */
export function durationValue(unit: CalendarUnit, amount: number): string {
  switch (unit) {
    case 'hour':
      return `PT${amount}H`;
    case 'day':
      return `P${amount}D`;
    case 'week':
      return `P${amount}W`;
    case 'month':
      return `P${amount}M`;
    case 'year':
      return `P${amount}Y`;
    case 'decade':
      return `P${amount * 10}Y`;
    case 'century':
      return `P${amount * 100}Y`;
  }
}
