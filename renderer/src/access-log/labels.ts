// Words for an access-log entry: what was done (the action) and to which part of the record (the channel).
import type { TFunction } from 'i18next';
import type { AccessAction } from '../../../contract/schemas/access-log';

export function actionLabel(t: TFunction, action: AccessAction): string {
  switch (action) {
    case 'view':
      return t('accessLog.action.view');
    case 'create':
      return t('accessLog.action.create');
    case 'update':
      return t('accessLog.action.update');
    case 'import':
      return t('accessLog.action.import');
  }
}

/** The part of the record a channel touches; a channel of a later version without words here shows as it is. */
export function partLabel(t: TFunction, channel: string): string {
  switch (channel) {
    case 'patients.get':
    case 'patients.create':
      return t('accessLog.part.record');
    case 'patients.update':
      return t('accessLog.part.details');
    case 'patients.setStatus':
      return t('accessLog.part.status');
    case 'patients.archive':
      return t('accessLog.part.archive');
    case 'patients.restore':
      return t('accessLog.part.restore');
    case 'intakes.list':
      return t('accessLog.part.intakeList');
    case 'intakes.get':
    case 'intakes.start':
    case 'intakes.saveDraft':
      return t('accessLog.part.intake');
    case 'intakes.finish':
      return t('accessLog.part.intakeFinished');
    case 'intakes.correct':
      return t('accessLog.part.intakeCorrection');
    case 'intakes.discard':
      return t('accessLog.part.intakeDiscarded');
    case 'import.commit':
      return t('accessLog.part.import');
    case 'accessLog.forPatient':
      return t('accessLog.part.history');
    default:
      return channel;
  }
}
