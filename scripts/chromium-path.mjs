import { existsSync } from 'node:fs';

/** Where the tests, benchmarks and smoke checks find Chromium: CHROME_PATH, else Debian's package. */
export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function chromiumMissingMessage() {
  const path = chromiumPath();
  return existsSync(path)
    ? null
    : `No Chromium at ${path}.\n` +
        `The browser tests run in headless Chromium. Install Debian's package:\n` +
        `  sudo apt-get update && sudo apt-get install -y chromium\n` +
        `or point CHROME_PATH at a Chrome/Chromium binary:\n` +
        `  CHROME_PATH=/path/to/chrome npm test\n`;
}
