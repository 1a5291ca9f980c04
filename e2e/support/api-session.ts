// Calls to the browser host's API as the page makes them: the host's token, and a session signed in
// as the first person with this role (e2e/support/accounts.ts, or the demo's).
import { E2E_PASSWORD } from './accounts';

export interface ApiCaller {
  call(channel: string, input: unknown): Promise<Response>;
}

export async function apiSignedIn(hostUrl: string, role: string): Promise<ApiCaller> {
  const url = new URL(hostUrl);
  const token = url.hash.replace('#token=', '');
  const post = (channel: string, input: unknown, session?: string) =>
    fetch(`${url.origin}/api/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(session ? { 'X-Kbz-Session': session } : {}) },
      body: JSON.stringify(input),
    });
  const candidates = (await (await post('session.candidates', {})).json()) as { value: { staffId: string; role: string }[] };
  const person = candidates.value.find((c) => c.role === role);
  if (!person) throw new Error(`nobody with role ${role} can sign in`);
  const signedIn = (await (await post('session.signIn', { staffId: person.staffId, password: E2E_PASSWORD })).json()) as { value: { token: string } };
  return { call: (channel, input) => post(channel, input, signedIn.value.token) };
}
