import { chromiumMissingMessage } from './chromium-path.mjs';

const message = chromiumMissingMessage();
if (message) {
  process.stderr.write(message);
  process.exit(1);
}
