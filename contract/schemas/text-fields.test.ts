import { describe, expect, it } from 'vitest';
import { hasRefusedCharacter, isBlank, multiLineText, singleLineText } from './text-fields';

/** The message keys a value gets, or its parsed value when it passes. */
function check(schema: ReturnType<typeof singleLineText>, value: unknown): { ok: string } | { keys: string[] } {
  const r = schema.safeParse(value);
  return r.success ? { ok: r.data } : { keys: r.error.issues.map((i) => i.message) };
}

const INVISIBLE = { keys: ['validation.controlCharacters'] };
const REQUIRED = { keys: ['validation.required'] };

describe('single-line text (names, short texts)', () => {
  const name = singleLineText(120);
  const surname = singleLineText(120, { required: true });

  it.each([
    ['NUL', 'Jan\u0000sen'],
    ['a tab', 'Jan\tsen'],
    ['a line break', 'Jan\nsen'],
    ['DEL', 'Jan\u007fsen'],
    ['a C1 control (NEL)', 'Jan\u0085sen'],
    ['a right-to-left override', 'Jan\u202Esen'],
    ['a bidi isolate', '\u2066Jansen\u2069'],
    ['a zero-width space', 'Jan\u200Bsen'],
    ['a zero-width joiner', 'Jan\u200Dsen'],
    ['a soft hyphen', 'Jan\u00ADsen'],
    ['a byte order mark inside', 'Jan\uFEFFsen'],
    ['a line separator', 'Jan\u2028sen'],
    ['a Hangul filler', 'Jan\u3164sen'],
    ['a lone high surrogate', 'Jan\uD800sen'],
    ['a lone low surrogate', 'Jansen\uDC00'],
    ['a tag character', 'Jansen\u{E0041}'],
  ])('refuses %s', (_what, value) => {
    expect(check(name, value)).toEqual(INVISIBLE);
    expect(check(surname, value)).toEqual(INVISIBLE);
  });

  it.each([
    ['Dutch', "Ĳsbrand van 't Hoff"],
    ['Turkish', 'Şahin Yılmaz-Öztürk, Çağrı Ğ'],
    ['Arabic', 'محمد'],
    ['an emoji (a proper surrogate pair)', 'Jansen 😀'],
    ['combining accents', 'Jose\u0301'],
    ['a non-breaking space', 'van\u00A0Dijk'],
  ])('accepts %s', (_what, value) => {
    expect(check(name, value)).toEqual({ ok: value });
  });

  it('counts a required text of only spaces or invisible characters as empty', () => {
    expect(check(surname, '')).toEqual(REQUIRED);
    expect(check(surname, '   ')).toEqual(REQUIRED);
    expect(check(surname, '\u200B')).toEqual(REQUIRED);
    expect(check(surname, ' \u200B\u200C\u2060 ')).toEqual(REQUIRED);
    expect(check(surname, '\u3164')).toEqual(REQUIRED);
    // An optional text may be empty, but not hold only invisible characters.
    expect(check(name, '')).toEqual({ ok: '' });
    expect(check(name, '\u200B')).toEqual(INVISIBLE);
  });

  it('stores text that starts with =, +, - or @ as typed', () => {
    for (const value of ['=SUM(A1)', '+31 6 12345678', '-2+3', '@home', '=cmd|\' /C calc\'!A0']) {
      expect(check(name, value)).toEqual({ ok: value });
    }
  });

  it('trims the ends by default, and keeps them where asked', () => {
    expect(check(name, '  Jansen  ')).toEqual({ ok: 'Jansen' });
    expect(check(singleLineText(20, { trim: false }), ' Jansen ')).toEqual({ ok: ' Jansen ' });
  });

  it('checks the length alone: a long text is too long, not also invisible', () => {
    expect(check(singleLineText(5), 'abcdef\u0000')).toEqual({ keys: ['validation.tooLong'] });
    expect(check(singleLineText(5), 'abcde')).toEqual({ ok: 'abcde' });
  });

  it('refuses what is no string', () => {
    expect(name.safeParse(42).success).toBe(false);
    expect(name.safeParse(null).success).toBe(false);
  });
});

describe('multi-line text (notes)', () => {
  const note = multiLineText(4000);

  it('keeps line breaks and tabs; CR LF, CR and the Unicode separators become LF', () => {
    expect(check(note, 'Eerste regel\nTweede\tregel')).toEqual({ ok: 'Eerste regel\nTweede\tregel' });
    expect(check(note, 'a\r\nb\rc\u2028d\u2029e')).toEqual({ ok: 'a\nb\nc\nd\ne' });
  });

  it.each([
    ['NUL', 'Belt\u0000 terug'],
    ['a vertical tab', 'Belt\u000B terug'],
    ['a right-to-left override', 'Belt \u202Eterug'],
    ['a zero-width space', 'Belt\u200B terug'],
    ['a lone surrogate', 'Belt \uDBFF terug'],
    ['a joiner at the start of a line', 'Belt\n\u200Dterug'],
  ])('refuses %s', (_what, value) => {
    expect(check(note, value)).toEqual(INVISIBLE);
  });

  it('lets a joiner stand between two visible characters (emoji sequences, Persian)', () => {
    const family = '👨\u200D👩\u200D👧';
    const persian = 'می\u200Cخواهم';
    expect(check(note, `Gezin ${family}`)).toEqual({ ok: `Gezin ${family}` });
    expect(check(note, persian)).toEqual({ ok: persian });
    // A name is stricter: it refuses every joiner.
    expect(check(singleLineText(60), family)).toEqual(INVISIBLE);
  });

  it('counts a required note of only line breaks and invisible characters as empty', () => {
    expect(check(multiLineText(100, { required: true }), '\n\t\u200B\n')).toEqual(REQUIRED);
  });
});

describe('the checks on their own', () => {
  it('say whether a text has a refused character or shows nothing', () => {
    expect(hasRefusedCharacter('Jan\u202Esen', 'singleLine')).toBe(true);
    expect(hasRefusedCharacter('Jan\nsen', 'singleLine')).toBe(true);
    expect(hasRefusedCharacter('Jan\r\nsen', 'multiLine')).toBe(false);
    expect(isBlank('\u200B \u00AD')).toBe(true);
    expect(isBlank('x\u200B')).toBe(false);
  });
});
