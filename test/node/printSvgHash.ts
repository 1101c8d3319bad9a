// Child process for the determinism test: renders the sample timeline and prints a hash of the
// bytes, so the parent can compare runs under different TZ and locale environments.
import { createHash } from 'node:crypto';
import { renderSVG } from '../../src/node/renderSVG.js';
import { sampleTimeline } from '../support/sampleTimeline.js';

const svg = renderSVG(sampleTimeline(), { width: 900, locale: 'ar-SY' });
process.stdout.write(`${createHash('sha256').update(svg).digest('hex')} ${svg.length} ${new Intl.DateTimeFormat().resolvedOptions().timeZone}\n`);
