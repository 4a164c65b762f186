import { nameSkeleton } from './name-skeleton';

describe('nameSkeleton', () => {
  const REAL = 'World Uyghur Congress';

  it.each([
    ['the same name', REAL],
    ['another case', 'WORLD UYGHUR CONGRESS'],
    ['other spaces and punctuation', 'World-Uyghur  Congress.'],
    ['accents', 'Wörld Uyghür Cóngress'],
    ['Cyrillic look-alikes', 'Wоrld Uyghur Cоngrеss'],
    ['Greek look-alikes', 'Wοrld Uyghur Cοngress'],
    ['a zero for an o', 'W0rld Uyghur C0ngress'],
    ['a one for an l', 'Wor1d Uyghur Congress'],
    ['a capital I for an l', 'WorId Uyghur Congress'],
    ['"rn" for "m", "vv" for "w"', 'VVorld Uyghur Congress'],
    ['fullwidth letters', 'Ｗｏｒｌｄ Ｕｙｇｈｕｒ Ｃｏｎｇｒｅｓｓ'],
    ['an invisible character', 'World\u200b Uyghur Congress'],
  ])('takes %s for the same name', (_how, name) => {
    expect(nameSkeleton(name)).toBe(nameSkeleton(REAL));
  });

  it('treats "rn" and "m" alike', () => {
    expect(nameSkeleton('Arnnesty')).toBe(nameSkeleton('Amnesty'));
  });

  it('tells different names apart', () => {
    expect(nameSkeleton('World Uyghur Congress')).not.toBe(nameSkeleton('World Tibet Congress'));
    expect(nameSkeleton('ئۇيغۇر كىشىلىك ھوقۇقى')).not.toBe(nameSkeleton('ئۇيغۇر'));
    expect(nameSkeleton('维吾尔')).toBe('维吾尔');
  });
});
