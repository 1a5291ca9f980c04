// The sociale kaart's channels: search, one organisation, and keeping organisations and their contact
// persons (with revisions: two people editing one card are told, not overwritten).
import type { Organisation } from '../../../contract/schemas/partners';
import {
  getContact,
  getOrganisation,
  insertContact,
  insertOrganisation,
  listOrganisations,
  setContactActive,
  setOrganisationActive,
  updateContact,
  updateOrganisation,
} from '../../../db/partners';
import type { ReadContext } from '../context';
import { AppFailure } from '../errors';
import { read, write, type AreaHandlers } from '../handler-table';
import { searchPartners } from './partner-search';
import { partnerTransferHandlers } from './transfer/transfer-handlers';

function organisation(ctx: ReadContext, id: string): Organisation {
  const found = getOrganisation(ctx.db, id);
  if (!found) throw new AppFailure('not_found', 'errors.partnerNotFound');
  return found;
}

function contactOf(ctx: ReadContext, id: string) {
  const found = getContact(ctx.db, id);
  if (!found) throw new AppFailure('not_found', 'errors.contactNotFound');
  return found;
}

const changedElsewhere = () => new AppFailure('conflict', 'errors.partnerChangedElsewhere');

export const partnerHandlers: AreaHandlers<'partners'> = {
  'partners.search': read((query, ctx) => searchPartners(listOrganisations(ctx.db), query)),
  'partners.get': read(({ id }, ctx) => organisation(ctx, id)),
  'partners.create': write(({ organisation: input }, ctx) => organisation(ctx, insertOrganisation(ctx, input))),
  'partners.update': write(({ id, revision, organisation: input }, ctx) => {
    if (organisation(ctx, id).revision !== revision) throw changedElsewhere();
    updateOrganisation(ctx, id, input);
    return organisation(ctx, id);
  }),
  'partners.setActive': write(({ id, active }, ctx) => {
    if (organisation(ctx, id).active !== active) setOrganisationActive(ctx, id, active);
    return organisation(ctx, id);
  }),
  'partners.createContact': write(({ organisationId, contact }, ctx) => {
    if (!organisation(ctx, organisationId).active) throw new AppFailure('conflict', 'errors.partnerInactive');
    insertContact(ctx, organisationId, contact);
    return organisation(ctx, organisationId);
  }),
  'partners.updateContact': write(({ id, revision, contact }, ctx) => {
    const current = contactOf(ctx, id);
    if (current.revision !== revision) throw changedElsewhere();
    updateContact(ctx, id, contact);
    return organisation(ctx, current.organisationId);
  }),
  'partners.setContactActive': write(({ id, active }, ctx) => {
    const current = contactOf(ctx, id);
    if (current.active !== active) setContactActive(ctx, id, active);
    return organisation(ctx, current.organisationId);
  }),
  ...partnerTransferHandlers,
};
