/**
 * English, third part: what only `<requests-badge>` says. Apart from `en-core.ts` because the badge is
 * importable on its own (`mentoring-requests/badge.js`, a 6 KB budget) and the inbox's first paint does not
 * need these strings; the badge hands them to its `LocalizeController` as its English, the way the detail
 * views hand over `en-details.ts`. `en.ts` joins the three parts into the English `Translation`.
 *
 * Each term is the badge's accessible name: `shown` is the count as the badge shows it, so the name contains
 * the visible number (WCAG 2.5.3, label in name).
 */
const plural = new Intl.PluralRules('en');
const one = (count: number): boolean => plural.select(count) === 'one';

const enBadge = {
  pendingRequests: (count: number, shown: string = String(count)) =>
    one(count) ? `${shown} pending request` : `${shown} pending requests`,
  pendingSessionRequests: (count: number, shown: string = String(count)) =>
    one(count) ? `${shown} pending session request` : `${shown} pending session requests`,
  pendingMessageRequests: (count: number, shown: string = String(count)) =>
    one(count) ? `${shown} pending message request` : `${shown} pending message requests`,
};

export default enBadge;
