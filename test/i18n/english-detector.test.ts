/** The English detector itself: it does find English, so that finding none elsewhere means something. */
import { expect, waitUntil } from '@open-wc/testing';
import { englishLeft } from './english-detector.js';
import { SAMPLES, cards, inbox, pageIn } from './fixtures.js';

describe('i18n: the English detector', () => {
  it('finds English in an English inbox (so an empty result above means something)', async () => {
    const { wrapper, page } = await pageIn('en', inbox(SAMPLES.hi));
    await waitUntil(() => cards(page).length === 2, 'cards');
    const left = englishLeft(wrapper).join('\n');
    expect(left).to.include('Session requests');
    expect(left).to.include('View details');
  });
});
