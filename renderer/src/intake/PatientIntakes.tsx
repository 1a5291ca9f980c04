// On the patient page: start or continue a 4D intake (empty, or from the latest final one), open earlier ones, compare two.
import { Alert, Button, Checkbox, Group, Menu } from '@mantine/core';
import { IconArrowsDiff, IconChevronDown, IconClipboardPlus, IconLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOMAINS, type IntakeSummary } from '../../../contract/schemas/intake';
import { ApiError, kbz, unwrap } from '../api/api';
import { useNavigation } from '../app/navigation';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText, messageText } from '../errors/messages';
import { formatDateNl } from '../format';

/** Final intakes that no later version corrected: the ones worth comparing and continuing from. */
export function comparable(list: IntakeSummary[]): IntakeSummary[] {
  return list.filter((i) => i.state === 'final' && !i.supersededById);
}

export function PatientIntakes({ patientId, archived }: { patientId: string; archived: boolean }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const [list, setList] = useState<IntakeSummary[] | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  /** The signed-in role may not see intake content: said calmly, in place of the list. */
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => {
    void unwrap(kbz().intakes.list({ patientId }))
      .then(setList)
      .catch((e: unknown) => (e instanceof ApiError && e.error.code === 'forbidden' ? setRefused(errorText(t, e)) : setError(errorText(t, e))));
  }, [patientId, t]);
  const draft = list?.find((i) => i.state === 'draft');
  const finals = comparable(list ?? []);
  const start = async (from: 'empty' | 'latestFinal') => {
    const r = await kbz().intakes.start({ patientId, from });
    if (r.ok) go({ name: 'intake', id: r.value.id });
    else setError(messageText(t, r.error));
  };
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s.slice(-1), id]));
  const compare = () => {
    // Older first, whatever order they were ticked in.
    const [a, b] = selected.map((id) => finals.find((f) => f.id === id)!).sort((x, y) => x.date.localeCompare(y.date));
    go({ name: 'compare', olderId: a!.id, newerId: b!.id });
  };

  const startButton = archived ? null : draft ? (
    <Button size="sm" leftSection={<IconClipboardPlus size={16} aria-hidden="true" />} onClick={() => go({ name: 'intake', id: draft.id })}>
      {t('intakes.continueDraft')}
    </Button>
  ) : finals.length > 0 ? (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button size="sm" leftSection={<IconClipboardPlus size={16} aria-hidden="true" />} rightSection={<IconChevronDown size={14} aria-hidden="true" />}>
          {t('intakes.start')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void start('latestFinal')}>{t('intakes.startFromLatest', { date: formatDateNl(finals[0]!.date) })}</Menu.Item>
        <Menu.Item onClick={() => void start('empty')}>{t('intakes.startEmpty')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  ) : (
    <Button size="sm" leftSection={<IconClipboardPlus size={16} aria-hidden="true" />} onClick={() => void start('empty')}>
      {t('intakes.start')}
    </Button>
  );

  return (
    <section aria-labelledby="intakes-title" className="panel panel-pad patient-intakes" aria-busy={list === null && error === null && refused === null}>
      <Group justify="space-between" mb="sm">
        <h2 id="intakes-title" className="section-title" style={{ margin: 0 }}>{t('intakes.title')}</h2>
        <Group gap="sm">
          {finals.length >= 2 && (
            <Button size="sm" variant="default" leftSection={<IconArrowsDiff size={16} aria-hidden="true" />} disabled={selected.length !== 2} onClick={compare}>
              {t('intakes.compare')}
            </Button>
          )}
          {!refused && startButton}
        </Group>
      </Group>
      {refused && <Alert role="note" color="gray" variant="light" icon={<IconLock size={18} aria-hidden="true" />} data-testid="intakes-refused">{refused}</Alert>}
      {error && <ErrorAlert>{error}</ErrorAlert>}
      {list && list.length === 0 && <p className="dimmed" style={{ margin: 0 }}>{t('intakes.none')}</p>}
      {list && list.length > 0 && (
        <table className="data-table intakes-table">
          <caption className="sr-only">{t('intakes.title')}</caption>
          <thead>
            <tr>
              <th scope="col" style={{ width: 90 }}>{t('intakes.compareColumn')}</th>
              <th scope="col" style={{ width: 110 }}>{t('intake.date')}</th>
              <th scope="col">{t('intakes.state')}</th>
              {DOMAINS.map((d) => <th key={d} scope="col" className="num" style={{ width: 90 }} title={t('intakes.weightHint')}>{t(`domain.${d}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {list.map((i) => (
              <tr key={i.id} onClick={() => go(i.state === 'draft' ? { name: 'intake', id: i.id } : { name: 'intakePicture', id: i.id })}>
                <td onClick={(e) => e.stopPropagation()}>
                  {finals.some((f) => f.id === i.id) && (
                    <Checkbox size="xs" checked={selected.includes(i.id)} onChange={() => toggle(i.id)}
                      aria-label={t('intakes.selectForCompare', { date: formatDateNl(i.date) })} />
                  )}
                </td>
                <td>
                  <button type="button" className="row-link" onClick={(e) => { e.stopPropagation(); go(i.state === 'draft' ? { name: 'intake', id: i.id } : { name: 'intakePicture', id: i.id }); }}
                    aria-label={i.state === 'draft' ? t('intakes.continueOn', { date: formatDateNl(i.date) }) : t('intakes.openOn', { date: formatDateNl(i.date) })}>
                    {i.date ? formatDateNl(i.date) : '–'}
                  </button>
                </td>
                <td>{t(`intakeState.${i.state}`)}{i.supersededById ? ` · ${t('intakes.corrected')}` : ''}</td>
                {DOMAINS.map((d) => <td key={d} className="num">{i.weights[d].patient ?? '–'}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
