// The locked screen: over the app (which keeps its state, hidden), the same person's password opens it
// again; "Andere gebruiker" signs this person out (their draft already saved) for someone else.
import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../components/PasswordField';
import type { Message } from '../../../contract/result';
import { kbz } from '../api/api';
import { ErrorAlert } from '../components/ErrorAlert';
import { messageText } from '../errors/messages';
import { AuthLayout } from './AuthLayout';
import { useSession } from './sessionStore';

export function LockScreen() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const practiceName = useSession((s) => s.status?.practiceName);
  const unlocked = useSession((s) => s.unlocked);
  const signOut = useSession((s) => s.signOut);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => passwordRef.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!password || busy) return;
    setBusy(true);
    setProblem(null);
    const r = await kbz().session.unlock({ password });
    setBusy(false);
    setPassword('');
    if (!r.ok) {
      setProblem(r.error);
      passwordRef.current?.focus();
      return;
    }
    unlocked(r.value);
  };

  return (
    <div className="lock-overlay" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <AuthLayout practiceName={practiceName}>
        <div className="lock-head">
          <IconLock size={28} stroke={1.6} aria-hidden="true" />
          <h1 id="lock-title" className="auth-title">{t('session.lockedTitle')}</h1>
        </div>
        <p className="lock-user">
          {t('session.lockedFor', { name: user?.displayName ?? '', role: user ? t(`role.${user.role}`) : '' })}
        </p>
        <form className="auth-form" onSubmit={(e) => void submit(e)} noValidate>
          {problem && <ErrorAlert>{messageText(t, problem)}</ErrorAlert>}
          <PasswordField
            ref={passwordRef}
            label={t('session.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="current-password"
          />
          <Button type="submit" fullWidth loading={busy} disabled={!password}>
            {t('session.unlock')}
          </Button>
          <Button variant="subtle" fullWidth onClick={() => void signOut()}>
            {t('session.switchUser')}
          </Button>
        </form>
      </AuthLayout>
    </div>
  );
}
