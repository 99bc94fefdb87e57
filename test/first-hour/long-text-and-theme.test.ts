/**
 * Issue 16: point 16's second half, long server text never breaks the list's layout (names and
 * designations clamp to two lines, previews to theirs with "…", every text wraps); point 15, in dark
 * mode the page itself is transparent (the host's background shows) while cards keep `--mr-color-bg`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { cards, message, pageWith, resetViewport, session } from './support.js';

const HUGE = 'x'.repeat(100_000);
const WORDS = 'Curriculum coordinator for primary and secondary schools in the district '.repeat(40);

/** Lines a box holds at its line height. */
const lines = (el: Element) => {
  const style = getComputedStyle(el);
  return Math.round(el.getBoundingClientRect().height / parseFloat(style.lineHeight));
};

describe('first hour: long server text (issue 16, point 16)', () => {
  after(resetViewport);

  for (const width of [320, 800]) {
    it(`${width} px: a 100,000-character name, designation and message make cards of normal height`, async () => {
      const person = { id: 'p', name: HUGE, designations: [HUGE, 'Teacher'], experienceYears: 3 };
      const { page } = await pageWith([session('s1', { person })], { width });
      const card = cards(page)[0]!;
      expect(card.getBoundingClientRect().height, 'session card').to.be.below(300);
      const name = card.querySelector('.name')!;
      expect(lines(name), 'name: two lines').to.equal(2);
      expect(name.scrollHeight, 'the rest is clipped').to.be.greaterThan(name.clientHeight);
      expect(lines(card.querySelector('.designation')!), 'designation: two lines').to.equal(2);
      expect(page.scrollWidth, 'no horizontal overflow').to.be.at.most(page.clientWidth);
      expect(card.getBoundingClientRect().right).to.be.at.most(page.getBoundingClientRect().right + 0.5);
    });
  }

  it('320 px: a long message and a long name with spaces: previews stop at three lines, names at two, with "…"', async () => {
    const { page } = await pageWith([], {
      width: 320,
      tab: 'message',
      messages: [
        message('m1', { message: HUGE }),
        message('m2', { message: WORDS, person: { id: 'q', name: WORDS, designations: [WORDS] } }),
      ],
    });
    for (const card of cards(page)) {
      expect(card.getBoundingClientRect().height).to.be.below(300);
      const preview = card.querySelector('.preview')!;
      expect(lines(preview)).to.be.at.most(3);
      const style = getComputedStyle(preview);
      expect(style.webkitLineClamp, 'clamped with an ellipsis').to.equal('3');
      expect(style.overflowWrap).to.equal('anywhere');
    }
    const name = cards(page)[1]!.querySelector('.name')!;
    expect(lines(name)).to.equal(2);
    expect(getComputedStyle(name).webkitLineClamp).to.equal('2');
  });

  // Point 13: a preview ends on a word with "…", not mid-word where the line clamp would cut it.
  for (const width of [320, 360]) {
    it(`${width} px: a long message's preview ends on a whole word with "…", and fits its lines`, async () => {
      const text =
        'Namaste, could we connect? I would like your advice on managing a classroom of sixty students.';
      const { page } = await pageWith([], {
        width,
        tab: 'message',
        messages: [message('m1', { message: text })],
      });
      const preview = cards(page)[0]!.querySelector<HTMLElement>('.preview')!;
      const shown = preview.textContent!.trim();
      expect(shown.endsWith('…'), shown).to.equal(true);
      const kept = shown.slice(0, -1);
      expect(text.startsWith(kept), 'a beginning of the message').to.equal(true);
      expect(text[kept.length], 'cut at a space, after a whole word').to.match(/\s/u);
      expect(preview.scrollHeight, 'the clamp cuts nothing more').to.be.at.most(preview.clientHeight + 1);
    });
  }
});

describe('first hour: dark mode background (issue 16, point 15)', () => {
  it("the page is transparent: the host's background shows; cards keep --mr-color-bg", async () => {
    const { page, wrapper } = await pageWith([session('s1')], {});
    wrapper.style.colorScheme = 'dark';
    wrapper.style.background = 'rgb(40, 10, 60)';
    expect(getComputedStyle(page).backgroundColor, 'page').to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(cards(page)[0]!).backgroundColor, 'card: the dark default').to.equal(
      'rgb(18, 20, 23)',
    );
    page.style.setProperty('--mr-color-bg', 'rgb(1, 2, 3)');
    expect(getComputedStyle(cards(page)[0]!).backgroundColor, 'card: the token').to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(page).backgroundColor, "page: still the host's").to.equal('rgba(0, 0, 0, 0)');
  });

  it('the details and the dialog keep --mr-color-bg', async () => {
    const el = await fixture<HTMLElement>(
      html`<div style="color-scheme: dark; background: rgb(40, 10, 60)">
        <confirm-dialog heading="Reject?" message="Sure?"></confirm-dialog>
      </div>`,
    );
    const dialog = el.querySelector('confirm-dialog') as HTMLElement & {
      show(): void;
      updateComplete: Promise<unknown>;
    };
    await customElements.whenDefined('confirm-dialog');
    dialog.show();
    await dialog.updateComplete;
    const native = dialog.shadowRoot!.querySelector('dialog')!;
    expect(getComputedStyle(native).backgroundColor).to.equal('rgb(18, 20, 23)');
  });
});
