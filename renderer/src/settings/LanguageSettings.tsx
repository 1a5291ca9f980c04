// The language of this workstation's screens (kept in this browser profile).
import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';

export function LanguageSettings() {
  const { t, i18n } = useTranslation();
  return (
    <div className="panel form-section" style={{ maxWidth: 560 }}>
      <Radio.Group
        label={t('settings.language')}
        description={t('settings.languageHint')}
        value={i18n.language === 'en' ? 'en' : 'nl'}
        onChange={(v) => setLanguage(v === 'en' ? 'en' : 'nl')}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="nl" label="Nederlands" />
          <Radio value="en" label="English" />
        </Stack>
      </Radio.Group>
    </div>
  );
}
