import { describe, expect, it } from 'vitest';
import { ALL_PARTNERS } from '../../../../contract/schemas/partners';
import { contactForm, organisationForm } from '../../../../contract/testing/partner-fixture';
import { call, callOk, dutch, rowCount, testEnv } from '../../testing/test-env';
import { base64Of, BUURTTEAM, csvText, HEADER, row } from './csv-fixture';

const everything = (env: ReturnType<typeof testEnv>) => callOk(env, 'partners.search', { ...ALL_PARTNERS, includeInactive: true }).organisations;

describe('de sociale kaart importeren: alles of niets', () => {
  it('imports nothing when one row has an error', () => {
    const env = testEnv();
    const file = csvText([HEADER, row(BUURTTEAM), row({ Organisatie: 'Welzijn Overvecht', Type: 'welzijn', 'E-mail': 'nope' })]);
    const r = call(env, 'partners.importCommit', { contentBase64: base64Of(file) });
    expect(r).toEqual({ ok: false, error: { code: 'invalid_input', key: 'errors.partnerImportHasErrors', values: { count: 1 } } });
    expect(!r.ok && dutch(r.error)).toMatch(/1 fouten.*niets geïmporteerd/);
    expect([rowCount(env, 'partner_organisations'), rowCount(env, 'partner_contacts')]).toEqual([0, 0]);
  });

  it('updates an organisation and its contacts by folded name, adds the rest, and deletes or deactivates nothing', () => {
    const env = testEnv();
    const org = callOk(env, 'partners.create', { organisation: organisationForm() });
    callOk(env, 'partners.createContact', { organisationId: org.id, contact: contactForm() });
    callOk(env, 'partners.createContact', { organisationId: org.id, contact: contactForm({ name: 'Piet Smit' }) });
    const other = callOk(env, 'partners.create', { organisation: organisationForm({ name: 'Wijkverpleging Overvecht', type: 'district_nursing' }) });
    const file = csvText([
      HEADER,
      row({ ...BUURTTEAM, Organisatie: 'BUURTTEAM overvecht', Telefoon: '030-9999999', Contactpersoon: 'jamila el idrissi', Functie: 'Teamleider', Bereikbaar: 'vr' }),
      row({ Organisatie: 'Buurtteam Overvecht', Contactpersoon: 'Noor de Vries', Bereikbaar: 'ma' }),
      row({ Organisatie: 'Mantelzorg Utrecht', Type: 'mantelzorgondersteuning' }),
    ]);
    expect(callOk(env, 'partners.importPreview', { contentBase64: base64Of(file) })).toMatchObject({
      new: { organisations: 1, contacts: 1 },
      updated: { organisations: 1, contacts: 1 },
      unchanged: { organisations: 0, contacts: 0 },
    });
    const report = callOk(env, 'partners.importCommit', { contentBase64: base64Of(file) });
    expect(report).toEqual({ new: { organisations: 1, contacts: 1 }, updated: { organisations: 1, contacts: 1 }, unchanged: { organisations: 0, contacts: 0 } });
    const after = callOk(env, 'partners.get', { id: org.id });
    expect(after).toMatchObject({ name: 'BUURTTEAM overvecht', phone: '030-9999999', revision: 2, active: true });
    expect(after.contacts.map((c) => [c.name, c.function, c.reachableDays])).toEqual([
      ['jamila el idrissi', 'Teamleider', ['fri']],
      ['Noor de Vries', '', ['mon']],
      ['Piet Smit', 'Buurtteamwerker', ['mon', 'tue', 'thu']],
    ]);
    expect(callOk(env, 'partners.get', { id: other.id })).toMatchObject({ active: true, revision: 1 });
    expect(everything(env).map((o) => o.name)).toEqual(['BUURTTEAM overvecht', 'Mantelzorg Utrecht', 'Wijkverpleging Overvecht']);

    // The same file again changes nothing.
    expect(callOk(env, 'partners.importCommit', { contentBase64: base64Of(file) })).toMatchObject({ updated: { organisations: 0, contacts: 0 }, unchanged: { organisations: 2, contacts: 2 } });
    expect(callOk(env, 'partners.get', { id: org.id }).revision).toBe(2);
  });

  it('adds no contact person to an inactive organisation', () => {
    const env = testEnv();
    const org = callOk(env, 'partners.create', { organisation: organisationForm() });
    callOk(env, 'partners.setActive', { id: org.id, active: false });
    const file = csvText([HEADER, row({ ...BUURTTEAM, Contactpersoon: 'Bram Visser' })]);
    expect(callOk(env, 'partners.importPreview', { contentBase64: base64Of(file) }).errors).toEqual([
      { line: 2, column: 'Organisatie', key: 'partnerTransfer.issue.organisationInactive' },
    ]);
    expect(call(env, 'partners.importCommit', { contentBase64: base64Of(file) }).ok).toBe(false);
    expect(rowCount(env, 'partner_contacts')).toBe(0);
  });
});
