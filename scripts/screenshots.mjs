// Takes the README screenshots in headless Chromium: the demo (MemoryAdapter, fixed seed) served by Vite.
// Usage: npm run screenshots [-- --theme=dark]
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const out = new URL('../docs/images/', import.meta.url);
const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  server: { port: 0 },
});
await server.listen();
const address = server.httpServer.address();
const origin = `http://127.0.0.1:${address.port}`;
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 860 }, deviceScaleFactor: 1 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${origin}/?backend=memory`);
  const firstCard = page.getByRole('button', { name: /^View details for/ }).first();
  await firstCard.waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: new URL('page.png', out).pathname });

  // A received, pending session request: the one with Accept and Reject.
  const cards = page.getByRole('button', { name: /^View details for/ });
  const count = await cards.count();
  for (let i = 0; i < count; i++) {
    await cards.nth(i).click();
    const accept = page.getByRole('button', { name: 'Accept', exact: true });
    if (await accept.isVisible({ timeout: 1500 }).catch(() => false)) break;
    await page.getByRole('button', { name: 'Back to requests' }).click();
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: new URL('session-detail.png', out).pathname });

  await page.getByRole('button', { name: 'Reject', exact: true }).click();
  await page.getByRole('alertdialog').waitFor();
  await page.getByRole('textbox').fill('I am travelling that week; could we find another slot?');
  await page.waitForTimeout(300);
  await page.screenshot({ path: new URL('reject-dialog.png', out).pathname });
  // The demo in Arabic (right to left), dark theme, on the emulated MentorEd API (MSW).
  const demo = await browser.newPage({ viewport: { width: 1200, height: 860 }, deviceScaleFactor: 1 });
  await demo.goto(`${origin}/?backend=mentored&theme=dark&lang=ar`);
  await demo.locator('[part~="open-button"]').first().waitFor();
  await demo.waitForTimeout(600);
  await demo.screenshot({ path: new URL('demo-dark-rtl.png', out).pathname });

  // On phones: 360 px in Arabic and dark, 320 px (WCAG reflow) in English.
  for (const [width, query, name] of [
    [360, 'theme=dark&lang=ar', 'phone-360-ar-dark.png'],
    [320, 'lang=en', 'phone-320.png'],
  ]) {
    const phone = await browser.newPage({ viewport: { width, height: 740 }, deviceScaleFactor: 2 });
    await phone.goto(`${origin}/?backend=mentored&${query}`);
    await phone.locator('[part~="open-button"]').first().waitFor();
    await phone.locator('requests-page').scrollIntoViewIfNeeded();
    await phone.waitForTimeout(600);
    await phone.screenshot({ path: new URL(name, out).pathname });
    await phone.close();
  }

  // Forced colors (Windows High Contrast), emulated by Chromium: the inbox list.
  const contrast = await browser.newPage({ viewport: { width: 1200, height: 860 }, deviceScaleFactor: 1 });
  await contrast.emulateMedia({ forcedColors: 'active' });
  await contrast.goto(`${origin}/?backend=memory`);
  await contrast
    .getByRole('button', { name: /^View details for/ })
    .first()
    .waitFor();
  await contrast.waitForTimeout(400);
  await contrast.screenshot({ path: new URL('forced-colors.png', out).pathname });
  console.log('screenshots written to docs/images/');
} finally {
  await browser.close();
  await server.close();
}
