// Sign-in: choose yourself from the practice's people who can sign in, type your password.
import { Button, NativeSelect } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../components/PasswordField';
import type { SignInCandidate } from '../../../contract/schemas/session';
import type { Message } from '../../../contract/result';
import { kbz } from '../api/api';
import { ErrorAlert } from '../components/ErrorAlert';
import { messageText } from '../errors/messages';
import { AuthLayout } from './AuthLayout';
import { DemoNotice } from './DemoNotice';
import { takeSignInNotice } from './signInNotice';
import { useSession } from './sessionStore';
import { prepareStart } from './startApp';

/** Who signed in last on this computer (a staff id, no patient data): chosen again by default. */
const LAST_USER_KEY = 'kbz.lastUser';

export function SignInScreen() {
  const { t } = useTranslation();
  const status = useSession((s) => s.status);
  const enter = useSession((s) => s.enter);
  const [candidates, setCandidates] = useState<SignInCandidate[] | null>(null);
  const [staffId, setStaffId] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Message | null>(() => takeSignInNotice());
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void kbz()
      .session.candidates({})
      .then((r) => {
        if (!r.ok) return setProblem(r.error);
        setCandidates(r.value);
        const last = localStorage.getItem(LAST_USER_KEY);
        setStaffId(r.value.find((c) => c.staffId === last)?.staffId ?? r.value[0]?.staffId ?? '');
        passwordRef.current?.focus();
      });
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!staffId || !password || busy) return;
    setBusy(true);
    setProblem(null);
    const r = await kbz().session.signIn({ staffId, password });
    setBusy(false);
    if (!r.ok) {
      setProblem(r.error);
      setPassword('');
      passwordRef.current?.focus();
      return;
    }
    localStorage.setItem(LAST_USER_KEY, staffId);
    await enter(r.value, prepareStart(r.value.user));
  };

  return (
    <AuthLayout practiceName={status?.practiceName}>
      <h1 className="auth-title">{t('session.signInTitle')}</h1>
      {status?.demo && <DemoNotice />}
      <form className="auth-form" onSubmit={(e) => void submit(e)} noValidate>
        {problem && <ErrorAlert>{messageText(t, problem)}</ErrorAlert>}
        {candidates && candidates.length === 0 && <p>{t('session.noCandidates')}</p>}
        <NativeSelect
          label={t('session.who')}
          value={staffId}
          onChange={(e) => setStaffId(e.currentTarget.value)}
          data={(candidates ?? []).map((c) => ({ value: c.staffId, label: `${c.displayName} · ${t(`role.${c.role}`)}` }))}
          disabled={!candidates || candidates.length === 0}
        />
        <PasswordField
          ref={passwordRef}
          label={t('session.password')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
        />
        <Button type="submit" fullWidth loading={busy} disabled={!staffId || !password}>
          {t('session.signIn')}
        </Button>
        <p className="auth-hint">{t('session.forgotten')}</p>
      </form>
    </AuthLayout>
  );
}
