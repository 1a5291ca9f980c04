// Lets the user correct which column feeds which patient field.
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../contract/schemas/import';

export function MappingEditor({ headers, mapping, onChange }: {
  headers: string[];
  mapping: ImportMapping;
  onChange: (m: ImportMapping) => void;
}) {
  const { t } = useTranslation();
  const set = (field: ImportField, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    onChange(next);
  };
  const columns = [{ value: '', label: t('import.notImported') }, ...headers.map((h, i) => ({ value: String(i), label: h || `#${i + 1}` }))];
  return (
    <>
      <p className="dimmed" style={{ marginTop: 0 }}>{t('import.mappingExplain')}</p>
      <div className="mapping-grid">
        {IMPORT_FIELDS.map((field) => (
          <Select key={field} id={`map-${field}`} label={t(`field.${field}`)} data={columns} value={mapping[field] === undefined ? '' : String(mapping[field])}
            onChange={(v) => set(field, v ?? '')} />
        ))}
      </div>
    </>
  );
}
