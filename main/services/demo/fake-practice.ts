// A fictional practice for demos and benchmarks: predictable (seeded) Dutch names, all statuses.
import { KBZ_STATUSES, TARGET_GROUP_TAGS, type PatientInput } from '../../../contract/schemas/patient';

const GIVEN = ['Ingrid', 'Daan', 'Mohamed', 'Aïcha', 'Fatma', 'Jan', 'Sanne', 'Emre', 'Noor', 'Kees', 'Ayşe', 'Bram', 'Priya', 'Lotte', 'Youssef', 'Anouk', 'Ĳsbrand', 'Zoë', 'Rachid', 'Chloë', 'Sevda', 'Thijs', 'Mila', 'Hüseyin', 'Femke'];
const SURNAMES: [string, string][] = [['van den', 'Berg'], ['van', 'Leeuwen'], ['', 'Öztürk'], ['de', 'Vries'], ['', 'Jansen'], ['', 'Bakker'], ['', 'El Amrani'], ['', 'Yılmaz'], ['van', 'Dijk'], ['', 'Nguyen'], ['de', 'Jong'], ['', 'Visser'], ['van der', 'Meer'], ["'t", 'Hart'], ['', 'Şahin'], ['', 'Smit'], ['', 'Mulder'], ['', 'Bouzid'], ['ter', 'Horst'], ['', 'Jansen-de Vries'], ['', 'Kaya'], ['', 'Çelik'], ['van', 'Beek'], ['', 'Hendriks'], ['', 'Koç']];
const STREETS = ['Wolgadreef', 'Tigrisdreef', 'Zambesidreef', 'Amazonedreef', 'Gangesdreef', 'Donaudreef', 'Nijldreef', 'Marshalllaan'];
export const WIJKEN = ['Overvecht-Noord', 'Overvecht-Zuid', 'Kanaleneiland', 'Ondiep', 'Zuilen'];
export const DEMO_GPS = ['Makkes', 'Houtman', 'Van Weers'];

/** Mulberry32: small, seeded, good enough for fake data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A BSN that passes the 11-test and is unique per index (fake numbers, spaced 50 apart). */
export function fakeBsn(index: number): string {
  for (let k = 0; ; k++) {
    const digits = String(10_000_000 + index * 50 + k).split('').map(Number);
    const check = digits.reduce((s, d, i) => s + d * (9 - i), 0) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

const pick = <T,>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

export function fakePatient(i: number, rand: () => number, gpIds: string[]): PatientInput & { statusIndex: number } {
  const given = pick(rand, GIVEN);
  const [prefix, surname] = pick(rand, SURNAMES);
  const year = 1935 + Math.floor(rand() * 85);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const letters = 'ABCDEGHJKLMNPRTVWXZ'; // no S: SA, SD and SS are not used in Dutch postcodes
  const tags = TARGET_GROUP_TAGS.filter(() => rand() < 0.18);
  const interpreter = rand() < 0.08;
  return {
    hisNumber: String(200000 + i),
    initials: `${given[0]}.`,
    givenName: given,
    prefix,
    surname,
    dateOfBirth: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    gender: pick(rand, ['female', 'male', 'other', 'unknown'] as const),
    bsn: fakeBsn(i),
    street: pick(rand, STREETS),
    houseNumber: String(1 + Math.floor(rand() * 300)),
    postcode: `${3561 + Math.floor(rand() * 4)} ${pick(rand, letters.split(''))}${pick(rand, letters.split(''))}`,
    city: 'Utrecht',
    wijk: pick(rand, WIJKEN),
    phone: `06-${String(10000000 + Math.floor(rand() * 89999999))}`,
    email: '',
    gpId: pick(rand, gpIds),
    tags,
    interpreterNeeded: interpreter,
    interpreterLanguage: interpreter ? pick(rand, ['Arabisch', 'Turks', 'Tigrinya', 'Pools']) : '',
    longConsult: rand() < 0.4,
    signalledVia: pick(rand, ['gp', 'practice_nurse', 'assistant', 'neighbourhood_team', 'welfare', 'self'] as const),
    signalledBy: '',
    signalledOn: '',
    notes: '',
    statusIndex: Math.floor(rand() * KBZ_STATUSES.length),
  };
}
