// Each screen in its own chunk: the first paint loads only the shell and the roster.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { View } from './navigation';

function screen<P extends object>(load: () => Promise<Record<string, unknown>>, name: string): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<P> }));
}

export const PatientPage = screen<{ id: string }>(() => import('../patient/PatientPage'), 'PatientPage');
export const PatientAccessScreen = screen<{ id: string }>(() => import('../access-log/PatientAccessScreen'), 'PatientAccessScreen');
export const PatientForm = screen<{ id: string | null }>(() => import('../patient/PatientForm'), 'PatientForm');
export const ImportScreen = screen<object>(() => import('../import/ImportScreen'), 'ImportScreen');
export const IntakeScreen = screen<{ id: string }>(() => import('../intake/IntakeScreen'), 'IntakeScreen');
export const PictureScreen = screen<{ id: string }>(() => import('../intake/PictureScreen'), 'PictureScreen');
export const CompareScreen = screen<{ olderId: string; newerId: string }>(() => import('../intake/CompareScreen'), 'CompareScreen');
export const MyPlanSheet = screen<{ id: string }>(() => import('../intake/MyPlanSheet'), 'MyPlanSheet');
export const HoldMeetingScreen = screen<{ id: string }>(() => import('../meetings/hold/HoldMeetingScreen'), 'HoldMeetingScreen');
export const SettingsScreen = screen<object>(() => import('../settings/SettingsScreen'), 'SettingsScreen');
export const PartnersScreen = screen<object>(() => import('../partners/PartnersScreen'), 'PartnersScreen');
export const PatientLetterSheet = screen<{ meetingId: string; back: View }>(() => import('../invitations/PatientLetterSheet'), 'PatientLetterSheet');
export const TodayScreen = screen<object>(() => import('../today/TodayScreen'), 'TodayScreen');
export const PatientPlanSheet = screen<{ patientId: string }>(() => import('../plan/PatientPlanSheet'), 'PatientPlanSheet');
export const PlanningScreen = screen<{ patientId: string; meetingId: string | null }>(() => import('../planning/PlanningScreen'), 'PlanningScreen');
export const AgendaScreen = screen<object>(() => import('../planning/AgendaScreen'), 'AgendaScreen');
export const OverviewScreen = screen<object>(() => import('../overview/OverviewScreen'), 'OverviewScreen');
