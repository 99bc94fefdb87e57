/** <session-request-detail>: focus() on the heading, and the profile-open event. */
import { aTimeout, expect } from '@open-wc/testing';
import { $, flags, record, session } from '../detail-helpers.js';
import { byId, given, memory } from './support.js';

describe('<session-request-detail>', () => {
  it('focus() moves focus to the heading, also before the request has loaded', async () => {
    const el = await byId(memory([], 30));
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#heading'));
    expect($(el, '#heading')!.getAttribute('tabindex')).to.equal('-1');
    const later = document.createElement('session-request-detail');
    document.body.append(later);
    later.focus();
    await later.updateComplete;
    await aTimeout(0);
    expect(later.shadowRoot!.activeElement).to.equal($(later, '#heading'));
    later.remove();
  });

  it('the name and the avatar fire a cancelable profile-open with the person', async () => {
    const el = await given(session('s1'));
    const rec = record('profile-open');
    $(el, '[part~="name"]')!.click();
    $(el, '.avatar-wrap')!.click();
    rec.stop();
    expect(rec.events).to.have.length(2);
    expect(flags(rec.events[0]!)).to.deep.equal({ bubbles: true, composed: true, cancelable: true });
    expect(rec.events[0]!.detail.person.name).to.equal('Asha Rao');
    expect($(el, '[part~="name"]')!.getAttribute('aria-label')).to.equal('View profile of Asha Rao');
  });
});
