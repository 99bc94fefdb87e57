// The bench's device profiles (`npm run bench -- --profile desktop|low-end|all`), applied to each page
// through the DevTools protocol, as Lighthouse applies its "devtools" throttling.
//
// low-end is Lighthouse's mobile "slow 4G" preset (lighthouse core/config/constants.js, `mobileSlow4G`:
// RTT 150 ms and 1.6 Mbit/s, which DevTools throttling turns into a request latency of 150 × 3.75 =
// 562.5 ms and throughputs × 0.9: 1,474.6 kbit/s down, 675 kbit/s up; CPU 4× slower) on a 360 × 740
// viewport, the most common Android phone width. The device pixel ratio stays 1: this machine rasterizes
// on its CPU cores, which a phone's GPU does not, so a higher ratio would load the main thread's cores
// with raster work a phone does not do there.

/** kbit/s (as Lighthouse writes them) → bytes/s (as `Network.emulateNetworkConditions` takes them). */
const bytesPerSecond = (kbps) => Math.floor((kbps * 1024) / 8);

export const PROFILES = {
  desktop: {
    name: 'desktop',
    title: 'Desktop (this machine, no throttling, 1280 × 800)',
    viewport: { width: 1280, height: 800 },
    cpuRate: 1,
    network: undefined,
  },
  'low-end': {
    name: 'low-end',
    title:
      'Low-end phone (CPU 4× slower, slow 4G: 562.5 ms latency, 1,474.6 / 675 kbit/s down / up, 360 × 740)',
    viewport: { width: 360, height: 740 },
    cpuRate: 4,
    network: {
      offline: false,
      latency: 562.5,
      downloadThroughput: bytesPerSecond(1.6 * 1024 * 0.9),
      uploadThroughput: bytesPerSecond(750 * 0.9),
    },
  },
};

/** `--profile desktop|low-end|all` → the profiles to run, in order. */
export function profilesFrom(value = 'desktop') {
  if (value === 'all') return [PROFILES.desktop, PROFILES['low-end']];
  const profile = PROFILES[value];
  if (!profile) throw new Error(`--profile ${value}: expected desktop, low-end or all`);
  return [profile];
}

/**
 * Opens a page (in a new context when `fresh`: an empty cache, as a first visit) with the profile's
 * viewport, CPU and network applied. Returns the page and its DevTools session.
 */
export async function profiledPage(browser, profile, { fresh = false } = {}) {
  const options = { viewport: profile.viewport };
  const page = fresh ? await (await browser.newContext(options)).newPage() : await browser.newPage(options);
  const cdp = await page.context().newCDPSession(page);
  if (profile.cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
  await cdp.send('Network.enable');
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  return { page, cdp };
}
