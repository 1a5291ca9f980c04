// The screen for the current view. The roster is in the first chunk (it is the start screen); the rest load on demand.
import { RosterScreen } from '../roster/RosterScreen';
import { useNavigation } from './navigation';
import {
  AgendaScreen,
  CompareScreen,
  HoldMeetingScreen,
  ImportScreen,
  IntakeScreen,
  MyPlanSheet,
  OverviewScreen,
  PatientAccessScreen,
  PatientForm,
  PartnersScreen,
  PatientPage,
  PictureScreen,
  PatientLetterSheet,
  PatientPlanSheet,
  PlanningScreen,
  TodayScreen,
  SettingsScreen,
} from './screens';

export function CurrentScreen() {
  const view = useNavigation((s) => s.view);
  switch (view.name) {
    case 'roster':
      return <RosterScreen />;
    case 'patient':
      return <PatientPage key={view.id} id={view.id} />;
    case 'patientAccess':
      return <PatientAccessScreen key={view.id} id={view.id} />;
    case 'patientForm':
      return <PatientForm key={view.id ?? 'new'} id={view.id} />;
    case 'import':
      return <ImportScreen />;
    case 'intake':
      return <IntakeScreen key={view.id} id={view.id} />;
    case 'intakePicture':
      return <PictureScreen key={view.id} id={view.id} />;
    case 'compare':
      return <CompareScreen key={`${view.olderId}-${view.newerId}`} olderId={view.olderId} newerId={view.newerId} />;
    case 'patientPlan':
      return <PatientPlanSheet key={view.patientId} patientId={view.patientId} />;
    case 'myPlan':
      return <MyPlanSheet key={view.id} id={view.id} />;
    case 'meetingHold':
      return <HoldMeetingScreen key={view.id} id={view.id} />;
    case 'settings':
      return <SettingsScreen />;
    case 'partners':
      return <PartnersScreen />;
    case 'meetingLetter':
      return <PatientLetterSheet key={view.meetingId} meetingId={view.meetingId} back={{ name: 'planMeeting', patientId: view.patientId, meetingId: view.meetingId }} />;
    case 'planMeeting':
      return <PlanningScreen key={`${view.patientId}-${view.meetingId ?? 'new'}`} patientId={view.patientId} meetingId={view.meetingId} />;
    case 'agenda':
      return <AgendaScreen />;
    case 'today':
      return <TodayScreen />;
    case 'overview':
      return <OverviewScreen />;
  }
}
