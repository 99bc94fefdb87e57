/**
 * The code of the worker that `warmIntl()` starts (warm-intl.ts). It builds, for each language it is sent,
 * the kinds of `Intl` objects the elements use, and answers once done. That is all it is for: the engine's
 * `Intl` data (ICU's locale bundles, its time zone data, the date pattern generator) is loaded once per
 * process and shared by every thread, so once a worker has paid for it, the page's first date format costs
 * what its later ones do (docs/performance.md, "The first load, third pass").
 *
 * Self-contained, with no import and no reference outside itself: warm-intl.ts runs its source text
 * (`Function.prototype.toString`) from a `blob:` URL, and intl-worker.ts runs it as a module of its own.
 * @internal
 */
export function intlWorkerBody(scope: {
  onmessage: ((event: MessageEvent<{ langs: string[]; timeZone?: string }>) => void) | null;
  postMessage(message: unknown): void;
}): void {
  scope.onmessage = ({ data }) => {
    for (const lang of data.langs)
      try {
        // As the cards format a slot (elements/shared/format.ts `formatSlot`) and a count.
        new Intl.DateTimeFormat(lang, {
          weekday: 'long',
          day: 'numeric',
          month: 'short',
          hour: 'numeric',
          minute: '2-digit',
          timeZone: data.timeZone,
        }).format(0);
        new Intl.NumberFormat(lang).format(1);
        new Intl.PluralRules(lang).select(1);
        new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(1, 'hour');
      } catch {
        // A language or zone the engine does not know: the page falls back as it always does.
      }
    scope.postMessage(true);
  };
}
