import { describe, expect, it } from 'vitest';
import { foldText, searchWords } from './text';

describe('folding names', () => {
  it.each([
    ['Ĳsbrand', 'ijsbrand'],
    ['Öztürk', 'ozturk'],
    ['Yılmaz', 'yilmaz'],
    ['Şahin', 'sahin'],
    ['Çelik', 'celik'],
    ['Aïcha', 'aicha'],
    ['Chloë', 'chloe'],
    ['Søren', 'soren'],
  ])('%s folds to %s', (name, folded) => expect(foldText(name)).toBe(folded));

  it("splits names with tussenvoegsel and double surnames into words", () => {
    expect(searchWords("Ĳsbrand van 't Hoff-Öztürk")).toEqual(['ijsbrand', 'van', 't', 'hoff', 'ozturk']);
  });
});
