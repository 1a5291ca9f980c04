import { describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '../../../../contract/schemas/dates';
import { contactForm, organisationForm } from '../../../../contract/testing/partner-fixture';
import { callOk, testEnv } from '../../testing/test-env';
import { base64Of } from './csv-fixture';

function filledEnv() {
  const env = testEnv();
  const org = callOk(env, 'partners.create', { organisation: organisationForm({ notes: '=HYPERLINK("http://evil.example")\nTweede regel; met "quotes"', wijken: ['Overvecht-Noord', 'Zuilen'] }) });
  callOk(env, 'partners.createContact', { organisationId: org.id, contact: contactForm({ function: '@coördinator', phone: '+31 6 12345678' }) });
  callOk(env, 'partners.createContact', { organisationId: org.id, contact: contactForm({ name: 'Bram Visser', function: '-', reachableDays: [] }) });
  const gone = callOk(env, 'partners.createContact', { organisationId: org.id, contact: contactForm({ name: 'Oud Lid' }) }).contacts.find((c) => c.name === 'Oud Lid')!;
  callOk(env, 'partners.setContactActive', { id: gone.id, active: false });
  callOk(env, 'partners.create', { organisation: organisationForm({ name: 'Gemeente Utrecht Wmo-loket', type: 'municipality', emailSecure: false, phone: '030-2860000', wijken: [] }) });
  const inactive = callOk(env, 'partners.create', { organisation: organisationForm({ name: 'Gesloten Inloop', type: 'welfare' }) });
  callOk(env, 'partners.setActive', { id: inactive.id, active: false });
  return env;
}

describe('de sociale kaart exporteren', () => {
  it('writes UTF-8 with BOM, ; and CRLF, one row per active contact, and neutralises formulas', () => {
    const env = filledEnv();
    const { fileName, content } = callOk(env, 'partners.exportCsv', {});
    expect(fileName).toBe(`sociale-kaart-${todayInAmsterdam(new Date(env.clock.now()))}.csv`);
    expect(content.startsWith('\uFEFFOrganisatie;Type;Wijken;Telefoon;E-mail;Beveiligd;')).toBe(true);
    expect(content.endsWith('\r\n')).toBe(true);
    expect(content.split('\r\n')).toHaveLength(5); // the header, three rows, and the last line's end
    expect(content).toContain(`"'=HYPERLINK(""http://evil.example"")\nTweede regel; met ""quotes"""`);
    expect(content).toContain(`"'@coördinator";"'+31 6 12345678"`);
    expect(content).toContain(';Bram Visser;"\'-";');
    expect(content).toContain('Gemeente Utrecht Wmo-loket;gemeente;;030-2860000;overvecht@buurtteams.example;nee;');
    expect(content).toContain(';Overvecht-Noord, Zuilen;');
    expect(content).toContain(';ma di do\r\n');
    expect(content).not.toMatch(/Oud Lid|Gesloten Inloop/);
  });

  it('imports back unchanged: into an empty practice and into the same one', () => {
    const env = filledEnv();
    const { content } = callOk(env, 'partners.exportCsv', {});
    const same = callOk(env, 'partners.importCommit', { contentBase64: base64Of(content) });
    expect(same).toEqual({ new: { organisations: 0, contacts: 0 }, updated: { organisations: 0, contacts: 0 }, unchanged: { organisations: 2, contacts: 2 } });

    const fresh = testEnv();
    expect(callOk(fresh, 'partners.importCommit', { contentBase64: base64Of(content) }).new).toEqual({ organisations: 2, contacts: 2 });
    expect(callOk(fresh, 'partners.exportCsv', {}).content).toBe(content);
  });
});
