/**
 * A pending session card's "In 3 hours", "Tomorrow", "Ends in 20 minutes" (shared/urgency.ts says what it
 * counts and how it updates; the detail says it in a sentence: "Starts in 3 hours").
 * It comes with the page's lazily loaded parts (page-parts.ts sets `cardExtras.urgency`), so the first
 * paint does not carry it; the card leaves it a place on its top line, right after the name
 * (request-card.ts), and its open button is described by it (`c<index>u`).
 *
 * No layout jump when it arrives: it sits on the top line, which every card has, right after the name, as a
 * flex item whose base size is 0 (page-parts.styles.ts `.urgency`): it takes the room the name leaves on its
 * line and never wraps onto a line of its own, so the card keeps its height. Where a long name leaves no room
 * (a narrow card), the words end in "…" and are read in full by the open button's description and shown in
 * full in the detail.
 */
import { html, type TemplateResult } from 'lit';
import enDetails from '../../i18n/en-details.js';
import { LocalizeController } from '../../i18n/localize.js';
import type { AnyRequest } from '../../model/request.js';
import { effectiveStatus } from '../../store/filters.js';
import { urgencyNow, urgencyOf, urgencyText, watchUrgency } from '../shared/urgency.js';
import type { CardContext } from './request-card.js';

/**
 * The label's words, per page: a controller of the page's own with the English of these terms. The page's
 * controller gets them when its parts arrive (`addEnglish`), but this hook is set for every page as soon as
 * the parts' module runs, so a page may render a card a moment before its own controller has them.
 */
const words = new WeakMap<LocalizeController['host'], LocalizeController>();

function wordsOf(localize: LocalizeController): LocalizeController {
  let found = words.get(localize.host);
  if (!found) words.set(localize.host, (found = new LocalizeController(localize.host, enDetails)));
  return found;
}

/**
 * The label of a card of a pending (not ended) session request, of either direction. Any other card gets the
 * label's place empty (no part, no text, no room taken): the open button's description names `c<index>u` on
 * every card (request-card.ts, which cannot tell which cards have one), and a description points only at
 * elements that exist.
 */
export function urgencyLabel(request: AnyRequest, ctx: CardContext, index: number): TemplateResult {
  const now = urgencyNow();
  const pending = request.kind === 'session' && effectiveStatus(request, now) === 'requested';
  const urgency = pending ? urgencyOf(request, now, ctx.timeZone) : undefined;
  if (!urgency) return html`<span class="urgency" id="c${index}u"></span>`;
  // The page renders again on the next minute, with the label's new words.
  watchUrgency(ctx.localize.host);
  const text = urgencyText(wordsOf(ctx.localize), urgency, true);
  return html`<span
    class="urgency ${urgency.soon ? 'soon' : ''}"
    part="urgency${urgency.soon ? ' urgency-soon' : ''}"
    id="c${index}u"
    title=${text}
    >${text}</span
  >`;
}
