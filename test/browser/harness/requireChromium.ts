// Run before the browser suite (and the browser bench): one clear line and exit 1 when the
// browser is missing, before spending time on a build.
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, missingChromiumMessage } from './chromium.js';

if (!existsSync(CHROMIUM_PATH)) {
  process.stderr.write(missingChromiumMessage() + '\n');
  process.exit(1);
}
