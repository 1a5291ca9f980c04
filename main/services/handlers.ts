// All channels' handlers in one table.
import { accessLogHandlers } from './access-log/handlers';
import { backupHandlers } from './backup/handlers';
import { appHandlers, practiceHandlers } from './app/handlers';
import { staffHandlers } from './app/staff-handlers';
import { buildHandlerTable, type HandlerTable } from './handler-table';
import { importHandlers } from './import/handlers';
import { intakeHandlers, printHandlers } from './intakes/handlers';
import { jobHandlers } from './jobs/handlers';
import { patientHandlers } from './patients/handlers';
import { partnerHandlers } from './partners/handlers';
import { overviewHandlers } from './overview/handlers';
import { consentHandlers } from './consents/handlers';
import { invitationHandlers } from './invitations/handlers';
import { outcomeHandlers } from './outcomes/handlers';
import { reportHandlers } from './outcomes/reports';
import { actionHandlers, networkHandlers } from './plan/handlers';
import { blockHandlers, meetingHandlers, planningHandlers } from './meetings/handlers';
import { accountHandlers, recoveryHandlers } from './session/account-handlers';
import { sessionHandlers } from './session/handlers';
import { demoHandlers } from './session/demo-handlers';
import { setupHandlers } from './session/setup-handlers';
import { shareHandlers } from './share/handlers';

export function createHandlerTable(): HandlerTable {
  return buildHandlerTable([
    appHandlers,
    sessionHandlers,
    setupHandlers,
    demoHandlers,
    accountHandlers,
    recoveryHandlers,
    practiceHandlers,
    staffHandlers,
    patientHandlers,
    importHandlers,
    intakeHandlers,
    printHandlers,
    partnerHandlers,
    overviewHandlers,
    consentHandlers,
    networkHandlers,
    actionHandlers,
    planningHandlers,
    meetingHandlers,
    blockHandlers,
    invitationHandlers,
    outcomeHandlers,
    reportHandlers,
    accessLogHandlers,
    jobHandlers,
    shareHandlers,
    backupHandlers,
  ]);
}
