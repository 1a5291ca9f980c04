// Choosing a file with a Dutch button (the browser's own file input says "Choose File" in English).
import { IconFileUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function FileChooser({ fileName, disabled, onFile }: { fileName: string | null; disabled: boolean; onFile(file: File | undefined): void }) {
  const { t } = useTranslation();
  return (
    <div className="file-chooser">
      <input
        id="import-file"
        className="file-input"
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        disabled={disabled}
        onChange={(e) => {
          onFile(e.currentTarget.files?.[0]);
          e.currentTarget.value = ''; // choosing the same file again reads it again
        }}
      />
      <label htmlFor="import-file" className={`file-button${disabled ? ' disabled' : ''}`}>
        <IconFileUpload size={16} aria-hidden="true" />
        {t('import.chooseFile')}
      </label>
      <span className="file-name">{fileName ?? t('import.noFile')}</span>
    </div>
  );
}
