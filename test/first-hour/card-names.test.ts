/**
 * Issue 16, point 12: a card's open control is named with the person and described by the card's
 * status and slot, so a screen reader tabbing from card to card hears more than the name; on message
 * cards it reads "View message" and is named "View message from <name>", as MentorEd's screen does.
 * The description is computed as assistive technology does: the text of the elements `aria-describedby`
 * points at, in the control's own shadow root.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { cards, message, pageWith, session } from './support.js';

const openOf = (card: HTMLElement) => card.querySelector<HTMLButtonElement>('.open')!;

/** The accessible description: the referenced elements' text, in order, white space collapsed. */
function description(button: HTMLElement): string {
  const root = button.getRootNode() as ShadowRoot;
  const ids = (button.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => {
      const target = root.getElementById(id);
      expect(target, `#${id} exists`).to.not.equal(null);
      return target!.textContent!;
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe("first hour: the cards' open control (issue 16, point 12)", () => {
  it('a session card: named with the person, described by its status and slot', async () => {
    const { page } = await pageWith(
      [
        session('s1'),
        session('s2', { status: 'accepted', person: { id: 'q', name: 'Asha Rao', designations: [] } }),
      ],
      { status: 'all' },
    );
    const [pending, accepted] = cards(page).map(openOf);
    expect(pending!.getAttribute('aria-label')).to.equal('View details for Lena Menon');
    const slot = cards(page)[0]!.querySelector('.slot')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(slot).to.match(/2037/);
    // A pending card's urgency ("In 11 years") comes before its slot (issue 15).
    const urgency = cards(page)[0]!.querySelector('[part~="urgency"]')!.textContent!.trim();
    expect(urgency).to.match(/^In \d+ years$/);
    expect(description(pending!)).to.equal(`${urgency} ${slot}`);
    const accepted_ = description(accepted!);
    expect(accepted_).to.include('Accepted');
    expect(accepted_).to.include('2037');
    // Ids are unique in the page's shadow root.
    const all = Array.from(page.shadowRoot!.querySelectorAll('[id]')).map((el) => el.id);
    expect(new Set(all).size).to.equal(all.length);
    await expect(page).to.be.accessible();
  });

  it('a message card: "View message", named "View message from <name>", described by its message', async () => {
    const { page } = await pageWith([], {
      tab: 'message',
      messages: [message('m1')],
    });
    const button = openOf(cards(page)[0]!);
    expect(button.textContent!.trim()).to.equal('View message');
    expect(button.getAttribute('aria-label')).to.equal('View message from Omar Müller');
    expect(description(button)).to.include('Hello, I would like to connect');
    await expect(page).to.be.accessible();
  });

  it('a sent message request: named "View message to <name>" (its visible label in its name: WCAG 2.5.3)', async () => {
    const { page } = await pageWith([], {
      tab: 'message',
      messages: [message('m1', { direction: 'sent' })],
      direction: 'all',
    });
    await waitUntil(
      () => cards(page).length === 1 && cards(page)[0]!.textContent!.includes('Sent'),
      'sent shown',
    );
    const button = openOf(cards(page)[0]!);
    expect(button.getAttribute('aria-label')).to.equal('View message to Omar Müller');
    expect(button.getAttribute('aria-label')).to.contain(button.textContent!.trim());
    expect(description(button)).to.match(/^Sent Hello/);
    await expect(page).to.be.accessible();
  });

  it("every language: a message card's name holds its visible label (label in name, WCAG 2.5.3)", async () => {
    for (const lang of ['en', 'hi', 'ar'] as const) {
      for (const direction of ['received', 'sent'] as const) {
        const { page } = await pageWith([], {
          lang,
          dir: lang === 'ar' ? 'rtl' : 'ltr',
          tab: 'message',
          messages: [message('m1', { direction })],
          direction: 'all',
        });
        await waitUntil(() => cards(page).length === 1 && page.matches(':defined'), 'the card shows');
        await waitUntil(
          () => lang === 'en' || !openOf(cards(page)[0]!).textContent!.includes('View'),
          `${lang} loaded`,
        );
        const button = openOf(cards(page)[0]!);
        const label = button.textContent!.trim();
        expect(button.getAttribute('aria-label'), `${lang} ${direction}`).to.contain(label);
      }
    }
  });
});
