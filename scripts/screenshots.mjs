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

  // Add to calendar (issue 15): a received request accepted, its options open; a phone, Arabic, dark.
  const calendar = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  await calendar.goto(`${origin}/?backend=memory&theme=dark&lang=ar`);
  const opens = calendar.locator('[part~="open-button"]');
  await opens.first().waitFor();
  for (let i = 0, n = await opens.count(); i < n; i++) {
    await opens.nth(i).click();
    const accept = calendar.locator('[part~="accept-button"]');
    if (
      await accept.waitFor({ timeout: 1500 }).then(
        () => true,
        () => false,
      )
    ) {
      await accept.click();
      break;
    }
    await calendar.locator('[part~="back-button"]').click();
  }
  await calendar.locator('[part~="calendar-button"]').click();
  await calendar.locator('[part~="calendar-option"]').first().waitFor();
  await calendar.locator('[part~="calendar-button"]').scrollIntoViewIfNeeded();
  await calendar.waitForTimeout(400);
  await calendar.screenshot({ path: new URL('calendar-menu.png', out).pathname });
  await calendar.close();

  // Reasons that help (issue 15): a picked reason and two other times proposed, written into the reason; the
  // viewer in India (the offset shows), tall enough for the whole dialog.
  const reasons = await browser.newPage({
    viewport: { width: 1000, height: 1320 },
    deviceScaleFactor: 1,
    timezoneId: 'Asia/Kolkata',
  });
  await reasons.goto(`${origin}/?backend=memory`);
  const rows = reasons.locator('[part~="open-button"]');
  await rows.first().waitFor();
  for (let i = 0, n = await rows.count(); i < n; i++) {
    await rows.nth(i).click();
    if (await reasons.locator('[part~="reject-button"]').waitFor({ timeout: 1500 }).then(() => true, () => false))
      break;
    await reasons.locator('[part~="back-button"]').click();
  }
  await reasons.locator('[part~="reject-button"]').click();
  await reasons.locator('[part~="dialog-reason"]').first().click();
  await reasons.getByRole('button', { name: 'Propose another time' }).click();
  await reasons.getByRole('button', { name: 'Add another time' }).click();
  await reasons.getByRole('button', { name: 'Add to reason' }).click();
  await reasons.waitForTimeout(400);
  await reasons.screenshot({ path: new URL('propose-another-time.png', out).pathname });
  await reasons.close();

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
