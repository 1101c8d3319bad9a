import type { DisplayLabels } from './displayLabels.js';
import { arLabels } from './ar/labels.js';
import { enLabels } from './en/labels.js';

/**
 * The display words for a BCP 47 locale: Arabic for any `ar-*`, English otherwise.
 *
 * @example
 * labelsFor('ar-SY').about // 'نحو'
 */
export function labelsFor(locale: string): DisplayLabels {
  return locale.toLowerCase().startsWith('ar') ? arLabels : enLabels;
}
