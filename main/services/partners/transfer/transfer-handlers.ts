// The sociale kaart's import (a preview that writes nothing, then all rows or none) and export.
import type { PartnerImportReport } from '../../../../contract/schemas/partner-transfer';
import { insertContact, insertOrganisation, listOrganisations, updateContact, updateOrganisation } from '../../../../db/partners';
import { AppFailure } from '../../errors';
import { read, write, type AreaHandlers } from '../../handler-table';
import { partnersCsv } from './export-csv';
import { planPartnerImport } from './plan-import';

type TransferChannels = 'partners.importPreview' | 'partners.importCommit' | 'partners.exportCsv';

export const partnerTransferHandlers: Pick<AreaHandlers<'partners'>, TransferChannels> = {
  'partners.importPreview': read(({ contentBase64 }, ctx) => planPartnerImport(ctx.db, contentBase64).preview),
  'partners.importCommit': write(({ contentBase64 }, ctx): PartnerImportReport => {
    // Planned again inside the write transaction: nothing can change between the check and the writes.
    const plan = planPartnerImport(ctx.db, contentBase64);
    if (plan.preview.errors.length > 0) {
      throw new AppFailure('invalid_input', 'errors.partnerImportHasErrors', undefined, { count: plan.preview.errors.length });
    }
    for (const o of plan.organisations) {
      const id = o.existingId ?? insertOrganisation(ctx, o.input);
      if (o.existingId && o.changed) updateOrganisation(ctx, o.existingId, o.input);
      for (const c of o.contacts) {
        if (!c.existingId) insertContact(ctx, id, c.input);
        else if (c.changed) updateContact(ctx, c.existingId, c.input);
      }
    }
    const { new: created, updated, unchanged } = plan.preview;
    return { new: created, updated, unchanged };
  }),
  'partners.exportCsv': read((_input, ctx) => partnersCsv(listOrganisations(ctx.db), new Date(ctx.clock.now()))),
};
