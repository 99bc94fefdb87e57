// Issue 16: screenshots of the cards on a 320 px phone, for people (the geometry is pinned by
// test/first-hour/right-to-left-cards.test.ts and phone-widths.test.ts). The test runner has no
// screenshot command, so this drives rtl-phone.html in Vite with playwright-core and Debian's Chromium.
// Usage: node test/first-hour/rtl-phone-screenshot.mjs   (writes test/first-hour/screenshots/*.png)
// Vite's cache goes to the system's temp directory, not node_modules/.vite.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

const root = new URL('../../', import.meta.url).pathname;
const out = new URL('./screenshots/', import.meta.url).pathname;
const server = await createServer({
  configFile: join(root, 'vite.config.ts'),
  root,
  cacheDir: join(tmpdir(), 'mentoring-requests-vite-h4'),
  server: { port: 0 },
  logLevel: 'warn',
});
await server.listen();
const origin = `http://127.0.0.1:${server.httpServer.address().port}`;
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  const shots = [
    ['cards-ar-320.png', '?lang=ar&dir=rtl'],
    ['messages-ar-320.png', '?lang=ar&dir=rtl&tab=message'],
    ['cards-en-rtl-dark-320.png', '?lang=en&dir=rtl&theme=dark'],
  ];
  for (const [file, query] of shots) {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 }, deviceScaleFactor: 2 });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${origin}/test/first-hour/rtl-phone.html${query}`);
    await page.locator('requests-page .card:not(.skeleton)').first().waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(out, file), fullPage: true });
    console.log('wrote', join(out, file));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
