// What a hostile or broken caller sends: wrong types, huge and deeply nested values, keys that
// pollute prototypes, and text with control, format, invisible or unpaired characters.
import fc from 'fast-check';

const ODD_TEXT = [
  '\u0000', 'Hoff\u0000', '\u202Eevil', '\u2066x\u2069', '\u200B', '\u200B\u200B', '\uFEFF', '\uD800', 'a\uDC00b', '\u00AD',
  'e\u0301\u0301\u0301\u0301', '🧑🏽‍⚕️', 'İı', '\r\n\r\n', '\t', '=SUM(A1)', '+31', '-1', '@cmd', '../../etc/passwd', '%00', '{{key}}',
  '<script>x</script>', "'; DROP TABLE patients; --", 'NaN', 'null', 'undefined', '0x10', '1e309', ' ', '',
];

/** Text that is valid JSON yet not what a person types. */
export const oddText = fc.oneof(
  fc.constantFrom(...ODD_TEXT),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.tuple(fc.constantFrom(...ODD_TEXT), fc.string({ maxLength: 10 })).map(([a, b]) => `${b}${a}${b}`),
);

const hugeText = fc.constantFrom(1_000, 70_000, 1_000_000).map((n) => 'x'.repeat(n));
const oddNumber = fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, -1, 2 ** 53, -(2 ** 53), 1e308, Number.MIN_VALUE);

/** An object nested `depth` levels down, as `JSON.parse` would give it. */
function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}
const deeplyNested = fc.tuple(fc.constantFrom(50, 2_000, 20_000), fc.boolean()).map(([d, a]) => nested(d, a));
const hugeArray = fc.constantFrom(10_000, 200_000).map((n) => new Array<number>(n).fill(1));

/** Keys that pollute prototypes when merged naively; own properties, as JSON.parse makes them. */
const pollutingObject = fc.constantFrom(
  '{"__proto__": {"polluted": 1}}',
  '{"constructor": {"prototype": {"polluted": 1}}}',
  '{"prototype": {"polluted": 1}}',
  '{"__proto__": null}',
  '{"toString": 1, "valueOf": "x", "hasOwnProperty": 2}',
).map((json) => JSON.parse(json) as unknown);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withSparseArray: true, withObjectString: true }) },
  { weight: 3, arbitrary: oddText },
  { weight: 1, arbitrary: hugeText },
  { weight: 2, arbitrary: oddNumber },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: hugeArray },
  { weight: 2, arbitrary: pollutingObject },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, 0, '', [], {}) },
);

type Path = (string | number)[];

/** Every path into a value's objects and arrays (the value itself is the empty path). */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (value && typeof value === 'object' && out.length < 500) {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

/** A copy with one own property set: defined, not assigned, so `__proto__` stays a plain key as JSON.parse makes it. */
function withOwnKey(value: object, key: string | number, replacement: unknown): unknown {
  const copy = Array.isArray(value) ? [...(value as unknown[])] : { ...value };
  Object.defineProperty(copy, key, { value: replacement, enumerable: true, writable: true, configurable: true });
  return copy;
}

function withValueAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...Path];
  // An earlier change may have put a non-object here: the path then grows a fresh object.
  const parent = value !== null && typeof value === 'object' ? value : {};
  return withOwnKey(parent, head, withValueAt((parent as Record<string | number, unknown>)[head], rest, replacement));
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined), value);
}

/**
 * A valid input spoiled in one to three places: a value replaced, removed, or a key added. Most
 * of what reaches a handler's inner checks comes from these, not from wholly random values.
 */
export function spoiled(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const change = fc.tuple(fc.constantFrom(...paths), fc.constantFrom('replace', 'remove', 'add'), hostileValue, fc.constantFrom('__proto__', 'constructor', 'extra', 'id', ''));
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    let value = valid;
    for (const [path, kind, replacement, key] of changes) {
      if (kind === 'replace') value = withValueAt(value, path, replacement);
      else if (kind === 'remove' && path.length > 0) value = withValueAt(value, path, undefined);
      else if (kind === 'add') {
        const target = valueAt(value, path);
        if (target && typeof target === 'object') value = withValueAt(value, path, withOwnKey(target, key, replacement));
      }
    }
    return value;
  });
}

/** For a channel: wholly hostile inputs and spoiled valid ones. */
export function inputsFor(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 1, arbitrary: hostileValue }, { weight: 3, arbitrary: spoiled(valid) });
}
