import { badgeLikeNameProblem, nameSkeleton, nameWordRuns } from './name-skeleton';

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

describe('badgeLikeNameProblem', () => {
  it.each([
    ['the badge itself', 'World Uyghur Congress — verified: uyghurcongress.org'],
    ['"verified" in capitals', 'World Uyghur Congress VERIFIED'],
    ['"verified" with look-alike letters', 'World Uyghur Congress — vеrіfіеd'],
    ['"verified" spaced out', 'World Uyghur Congress v.e.r.i.f.i.e.d'],
    ['"vérifié"', 'Congrès mondial ouïghour vérifié'],
    ['a check mark', 'World Uyghur Congress ✓'],
    ['a heavy check mark', 'World Uyghur Congress ✔️'],
    ['a ballot box with check', 'World Uyghur Congress ☑'],
    ['a check mark emoji', 'World Uyghur Congress ✅'],
    ['a light check mark', 'World Uyghur Congress 🗸'],
    ['a domain', 'uyghurcongress.org'],
    ['a domain in brackets', 'World Uyghur Congress (uyghurcongress.org)'],
    ['a domain with a fullwidth dot', 'uyghurcongress．org'],
    ['a domain with an ideographic full stop', 'uyghurcongress。org'],
  ])('refuses %s', (_how, name) => {
    expect(badgeLikeNameProblem(name)).not.toBeNull();
  });

  it.each([
    ['a plain name', 'World Uyghur Congress'],
    ['an abbreviation with dots', 'Coalition Against Torture e.V.'],
    ['initials', 'A.C.L.U. of the U.S.A.'],
    ['"unverified"', 'Coalition for Unverified Claims'],
    ['a dash', 'Uyghur Human Rights Project — Washington'],
    ['another script', 'ئۇيغۇر كىشىلىك ھوقۇقى'],
  ])('allows %s', (_how, name) => {
    expect(badgeLikeNameProblem(name)).toBeNull();
  });

  it('takes linear time on a long name', () => {
    const started = Date.now();
    badgeLikeNameProblem('verif.'.repeat(20_000) + 'x');
    badgeLikeNameProblem('a'.repeat(100_000));
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('nameWordRuns', () => {
  const REAL = nameSkeleton('World Uyghur Congress');

  it.each([
    ['the name itself', 'World Uyghur Congress'],
    ['the name inside another', 'Friends of the World Uyghur Congress'],
    ['the name with look-alikes and punctuation', 'The Wоrld-Uyghur-C0ngress (Munich)'],
    ['the name written as one word', 'WorldUyghurCongress Fans'],
  ])('contains a name as whole words: %s', (_how, name) => {
    expect(nameWordRuns(name)).toContain(REAL);
  });

  it.each([
    ['only some of its words', 'World Uyghur Friends'],
    ['its words as part of longer ones', 'World Uyghur Congressional Office'],
    ['its words in another order', 'Congress of the World Uyghur'],
  ])('does not contain a name in %s', (_how, name) => {
    expect(nameWordRuns(name)).not.toContain(REAL);
  });

  it('is bounded for a name of many words', () => {
    const runs = nameWordRuns('a '.repeat(10_000));
    expect(runs.length).toBeLessThanOrEqual(64);
    expect(nameWordRuns(Array.from({ length: 500 }, (_, i) => `w${i}`).join(' ')).length).toBeLessThanOrEqual(
      (64 * 65) / 2,
    );
  });
});
