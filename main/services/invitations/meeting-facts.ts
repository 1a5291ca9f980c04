// What a document about a drie-gesprek may say, gathered once: when, where, who, and the patient as little
// as the consent allows (initials and birth year; the name and the agenda only with consent for the plan).
import { amsterdamMoment } from '../../../contract/schemas/amsterdam-time';
import { formatDateNl, formatTimeNl } from '../../../contract/schemas/dates';
import type { Meeting } from '../../../contract/schemas/meetings';
import type { Patient } from '../../../contract/schemas/patient';
import type { Practice } from '../../../contract/schemas/practice';
import { translateNl } from '../translate';

export interface MeetingFacts {
  /** "maandag 30-03-2026" */
  day: string;
  /** "09:00–09:45" */
  time: string;
  place: string;
  /** "Dr. Makkes (huisarts)", "Jamila El Idrissi (Buurtteam Overvecht)", "de patiënt", ... */
  people: string[];
  /** "J.B. (1958)" or the full name. */
  patient: string;
  agenda: string[];
}

/** "J.B. (1958)": the initials as recorded (or the first letter of the given name) and the surname's first letter. */
export function patientInitials(p: Pick<Patient, 'initials' | 'givenName' | 'surname' | 'dateOfBirth'>): string {
  const given = (p.initials || p.givenName.slice(0, 1)).replace(/[^\p{L}]/gu, '').toLocaleUpperCase('nl');
  const surname = p.surname.replace(/[^\p{L}]/gu, '').slice(0, 1).toLocaleUpperCase('nl');
  const letters = [...given, ...surname].map((l) => `${l}.`).join('');
  return `${letters} (${p.dateOfBirth.slice(0, 4)})`;
}

function fullName(p: Pick<Patient, 'initials' | 'givenName' | 'prefix' | 'surname' | 'dateOfBirth'>): string {
  return `${[p.givenName || p.initials, p.prefix, p.surname].filter((x) => x !== '').join(' ')} (${formatDateNl(p.dateOfBirth)})`;
}

export function placeText(meeting: Meeting, practice: Practice, partnerAddress: string): string {
  const practiceAddress = [`${practice.street} ${practice.houseNumber}`.trim(), `${practice.postcode} ${practice.city}`.trim()].filter((x) => x !== '').join(', ');
  const extra = meeting.location.text;
  switch (meeting.location.kind) {
    case 'room':
      return [practice.name, meeting.roomName, practiceAddress].filter((x) => x !== '').join(', ');
    case 'home':
      return translateNl('documents.place.home');
    case 'partner':
      return extra || partnerAddress || translateNl('documents.place.partner');
    case 'video':
      return extra ? `${translateNl('documents.place.video')}: ${extra}` : translateNl('documents.place.video');
    case 'phone':
      return translateNl('documents.place.phone');
  }
}

export function meetingFacts(meeting: Meeting, patient: Patient, practice: Practice, options: { withPlan: boolean; partnerAddress: string }): MeetingFacts {
  const start = meeting.start!;
  const moment = amsterdamMoment(start);
  const people = meeting.participants.map((p) => {
    if (p.kind === 'patient') return translateNl('documents.people.patient');
    if (p.kind === 'carer') return translateNl('documents.people.carer', { name: p.name });
    if (p.kind === 'contact') return `${p.name} (${p.organisationName})`;
    return p.name;
  });
  return {
    day: `${translateNl(`documents.weekday.${moment.weekday}`)} ${formatDateNl(moment.date)}`,
    time: `${formatTimeNl(start)}–${formatTimeNl(meeting.end!)}`,
    place: placeText(meeting, practice, options.partnerAddress),
    people,
    patient: options.withPlan ? fullName(patient) : patientInitials(patient),
    agenda: options.withPlan ? meeting.agenda.map((a) => a.text) : [],
  };
}
