// "Opslaan als PDF": main writes the PDF where the host can (Electron); the browser host cannot, so the
// browser's print dialog takes over (it offers "Opslaan als PDF" too) after saying why.
import type { TFunction } from 'i18next';
import { kbz } from '../api/api';
import { messageText } from '../errors/messages';

export async function savePdfOrPrint(t: TFunction, suggestedName: string, notice: (text: string) => void): Promise<void> {
  const r = await kbz().print.savePdf({ suggestedName });
  if (r.ok) return;
  notice(messageText(t, r.error));
  window.print();
}
