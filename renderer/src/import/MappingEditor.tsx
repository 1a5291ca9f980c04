// Lets the user correct which column feeds which patient field.
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
  return (
    <fieldset className="mapping">
      <legend>{t('import.mapping')}</legend>
      <p className="hint">{t('import.mappingExplain')}</p>
      <div className="grid">
        {IMPORT_FIELDS.map((field) => (
          <div key={field} className="filter">
            <label htmlFor={`map-${field}`}>{t(`field.${field}`)}</label>
            <select id={`map-${field}`} value={mapping[field] ?? ''} onChange={(e) => set(field, e.target.value)}>
              <option value="">{t('import.notImported')}</option>
              {headers.map((h, i) => (
                <option key={i} value={i}>{h || `#${i + 1}`}</option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
