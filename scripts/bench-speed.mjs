// How fast this machine's Chromium is right now, as Lighthouse measures a device: its BenchmarkIndex
// (GoogleChrome/lighthouse core/lib/page-functions.js `computeBenchmarkIndex`; the same two loops, written
// here: build a 10,000-character string, and copy 100,000 integers between two arrays, each for 0.5 s,
// iterations per second ÷ 10, averaged). Lighthouse's scale, as of Chrome m86: 1,000+ a desktop-class
// device, 800+ a high-end Android phone, 125+ a mid-tier one (Moto G4), below 125 a budget one.
//
// Why the bench reports it: its figures are milliseconds on a shared 2-core machine whose speed moves from
// one hour to the next (the vanilla baseline of 1,000 cards took 414 ms in one full run and 699 ms in
// another, same code), and the low-end profile slows that machine 4×, whatever its speed. The index taken
// at the start and at the end of a run says which device a run's absolute figures stand for; ratios to a
// baseline in the same run do not depend on it.

/** Runs in the page: Lighthouse's BenchmarkIndex (see above). */
function benchmarkIndex() {
  const stringBuilds = () => {
    const start = Date.now();
    let iterations = 0;
    while (Date.now() - start < 500) {
      let text = '';
      for (let j = 0; j < 10000; j++) text += 'a';
      if (text.length === 1) throw new Error('keeps the loop from being optimized away');
      iterations++;
    }
    return Math.round(iterations / 10 / ((Date.now() - start) / 1000));
  };
  const arrayCopies = () => {
    const a = [];
    const b = [];
    for (let i = 0; i < 100000; i++) a[i] = b[i] = i;
    const start = Date.now();
    let iterations = 0;
    // The clock is read every tenth pass, as Lighthouse does.
    while (iterations % 10 !== 0 || Date.now() - start < 500) {
      const [from, to] = iterations % 2 === 0 ? [a, b] : [b, a];
      for (let j = 0; j < from.length; j++) to[j] = from[j];
      iterations++;
    }
    return Math.round(iterations / 10 / ((Date.now() - start) / 1000));
  };
  return (stringBuilds() + arrayCopies()) / 2;
}

/** The BenchmarkIndex of a blank page in `browser`, unthrottled and, when `cpuRate` > 1, at that rate. */
export async function measureSpeed(browser, cpuRate = 1) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const at = async (rate) => {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      return Math.round(await page.evaluate(benchmarkIndex));
    };
    const unthrottled = await at(1);
    return { unthrottled, throttled: cpuRate > 1 ? await at(cpuRate) : unthrottled };
  } finally {
    await context.close();
  }
}
