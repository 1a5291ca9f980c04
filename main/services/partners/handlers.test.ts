import { describe, expect, it } from 'vitest';
import { ALL_PARTNERS } from '../../../contract/schemas/partners';
import { contactForm, organisationForm } from '../../../contract/testing/partner-fixture';
import { asRole, call, callOk, dutch, rowCount, testEnv } from '../testing/test-env';

describe('de sociale kaart', () => {
  it('keeps an organisation with its contact persons, normalised, and finds them as you type', () => {
    const env = testEnv();
    const made = callOk(env, 'partners.create', { organisation: organisationForm({ wijken: ['Overvecht-Noord', ' overvecht-noord ', 'Zuilen'] }) });
    expect(made).toMatchObject({ name: 'Buurtteam Overvecht', postcode: '3564 TH', wijken: ['Overvecht-Noord', 'Zuilen'], active: true, revision: 1, contacts: [] });
    const withContact = callOk(env, 'partners.createContact', { organisationId: made.id, contact: contactForm() });
    expect(withContact.contacts).toEqual([expect.objectContaining({ name: 'Jamila El Idrissi', reachableDays: ['mon', 'tue', 'thu'], active: true })]);
    callOk(env, 'partners.create', { organisation: organisationForm({ name: 'Schuldhulpmaatje', type: 'debt_help', wijken: ['Kanaleneiland'] }) });

    const names = (q: Partial<typeof ALL_PARTNERS>) => callOk(env, 'partners.search', { ...ALL_PARTNERS, ...q }).organisations.map((o) => o.name);
    expect(names({})).toEqual(['Buurtteam Overvecht', 'Schuldhulpmaatje']);
    expect(names({ text: 'jamila' })).toEqual(['Buurtteam Overvecht']); // a contact's name
    expect(names({ text: 'buurtteamwerker over' })).toEqual(['Buurtteam Overvecht']); // every word, anywhere
    expect(names({ type: 'debt_help' })).toEqual(['Schuldhulpmaatje']);
    expect(names({ wijk: 'kanaleneiland' })).toEqual(['Schuldhulpmaatje']);
    expect(names({ text: 'ggz' })).toEqual([]);
    expect(callOk(env, 'partners.search', ALL_PARTNERS).wijken).toEqual(['Kanaleneiland', 'Overvecht-Noord', 'Zuilen']);
  });

  it('deactivates, never deletes: hidden from the search unless asked, still there by name', () => {
    const env = testEnv();
    const org = callOk(env, 'partners.createContact', { organisationId: callOk(env, 'partners.create', { organisation: organisationForm() }).id, contact: contactForm() });
    const contact = org.contacts[0]!;
    expect(callOk(env, 'partners.setContactActive', { id: contact.id, active: false }).contacts[0]).toMatchObject({ active: false, revision: 2 });
    const inactive = callOk(env, 'partners.setActive', { id: org.id, active: false });
    expect(inactive).toMatchObject({ active: false, revision: 2 });
    expect(callOk(env, 'partners.search', ALL_PARTNERS).organisations).toEqual([]);
    expect(callOk(env, 'partners.search', { ...ALL_PARTNERS, includeInactive: true }).organisations.map((o) => o.name)).toEqual(['Buurtteam Overvecht']);
    expect(callOk(env, 'partners.get', { id: org.id }).contacts[0]!.name).toBe('Jamila El Idrissi');
    expect(call(env, 'partners.createContact', { organisationId: org.id, contact: contactForm() })).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.partnerInactive' } });
    expect([rowCount(env, 'partner_organisations'), rowCount(env, 'partner_contacts')]).toEqual([1, 1]);
  });

  it('refuses a save from an older revision, an unknown card, and bad input; nothing changes', () => {
    const env = testEnv();
    const org = callOk(env, 'partners.create', { organisation: organisationForm() });
    callOk(env, 'partners.update', { id: org.id, revision: 1, organisation: organisationForm({ phone: '030-1111111' }) });
    const stale = call(env, 'partners.update', { id: org.id, revision: 1, organisation: organisationForm({ phone: '030-2222222' }) });
    expect(stale).toEqual({ ok: false, error: { code: 'conflict', key: 'errors.partnerChangedElsewhere' } });
    expect(!stale.ok && dutch(stale.error)).toMatch(/Iemand anders/);
    expect(call(env, 'partners.get', { id: '01900000-0000-7000-8000-0000000000ff' })).toMatchObject({ ok: false, error: { code: 'not_found', key: 'errors.partnerNotFound' } });
    expect(call(env, 'partners.create', { organisation: organisationForm({ email: 'geen-adres', wijken: ['  '] }) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'organisation.email': { key: 'validation.email' }, 'organisation.wijken.0': { key: 'validation.required' } } },
    });
    expect(callOk(env, 'partners.get', { id: org.id })).toMatchObject({ phone: '030-1111111', revision: 2 });
  });

  it('everyone may look things up; the role "other" may not change the map', () => {
    const env = testEnv();
    const org = callOk(env, 'partners.create', { organisation: organisationForm() });
    asRole(env, 'other', () => {
      expect(callOk(env, 'partners.get', { id: org.id }).name).toBe('Buurtteam Overvecht');
      const r = call(env, 'partners.setActive', { id: org.id, active: false });
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'errors.notAllowed.directory' } });
    });
    asRole(env, 'manager', () => expect(callOk(env, 'partners.setActive', { id: org.id, active: false }).active).toBe(false));
  });
});
