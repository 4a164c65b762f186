import { minorEditCheck, type LetterText } from './minor-edit';
import { boundedEditDistance } from './minor-edit-words';
import { segmentText } from './text-segments';
import { wordDiff } from './word-diff';

const BODY =
  'Dear Minister,\n\nWe urge you to impose sanctions on those responsible for the 42 detentions.\n\nSincerely,';
const text = (body: string, title = 'Sanctions now'): LetterText => ({ title, body });
const check = (before: string, after: string) => minorEditCheck(text(before), text(after));
const minor = async (before: string, after: string): Promise<boolean> => (await check(before, after)).minor;

describe('minorEditCheck (contract stage 6, "Minor edits, by words")', () => {
  describe('refuses what the issue reproduced', () => {
    it('a rewrite of 85 characters that reverses the letter', async () => {
      const result = await check(
        BODY,
        BODY.replace('We urge you to impose sanctions', 'We … see no need for sanctions at this time'),
      );
      expect(result.minor).toBe(false);
      expect(result.reason).toMatch(/three letters|insert|delete/);
    });

    it('"三年" → "十年" and "一项" → "一萬項"', async () => {
      const cjk = '我们要求释放被判处三年徒刑的记者，并提出一项要求。';
      expect(await check(cjk, cjk.replace('三年', '十年'))).toMatchObject({
        minor: false,
        reason: expect.stringMatching(/number/),
      });
      expect(await minor(cjk, cjk.replace('一项', '一萬項'))).toBe(false);
      // Financial forms and the 〇 of dates too.
      expect(await minor('金额为壹佰元。', '金额为壹仟元。')).toBe(false);
      expect(await minor('二〇二四年', '二〇二五年')).toBe(false);
    });
  });

  describe('accepts typo fixes, case, punctuation and white space', () => {
    it('up to five words each within edit distance two', async () => {
      const before = 'We ask the goverment to relase the detianed jounalists and their familys immediatly.';
      const five = 'We ask the government to release the detained journalists and their families immediatly.';
      expect(await check(before, five)).toMatchObject({ minor: true, reason: null });
      expect((await check(before, five)).replaced).toHaveLength(5);
      const six = five.replace('immediatly', 'immediately');
      expect(await check(before, six)).toMatchObject({ minor: false, reason: expect.stringMatching(/at most 5/) });
    });

    it('changes of case, punctuation and white space, however many', async () => {
      expect(await minor(BODY, BODY.toUpperCase())).toBe(true);
      expect(await minor(BODY, BODY.replace(/,/g, ';').replace(/ /g, '  ').replace('.', '!'))).toBe(true);
      expect(await minor('Straße', 'STRASSE')).toBe(true);
      expect(await minor('We *urge* you.', 'We **urge** you!')).toBe(true);
    });

    it('NFC: a composed and a decomposed accent are the same letter', async () => {
      expect(await minor('Café society', 'Cafe\u0301 society')).toBe(true);
    });

    it('removing an immediately repeated word', async () => {
      expect(await check('We urge the the minister.', 'We urge the minister.')).toMatchObject({
        minor: true,
        replaced: [],
      });
      expect(await minor('We urge you you you to act.', 'We urge you to act.')).toBe(true);
    });

    it('the title too, and refuses a new word there', async () => {
      expect(await minorEditCheck(text(BODY, 'Sanctions nwo'), text(BODY, 'Sanctions now'))).toMatchObject({
        minor: false,
      });
      expect((await minorEditCheck(text(BODY, 'Santcions now'), text(BODY, 'Sanctions now'))).minor).toBe(true);
      expect((await minorEditCheck(text(BODY, 'Sanctions now'), text(BODY, 'No sanctions now'))).minor).toBe(false);
    });
  });

  describe('refuses what changes meaning', () => {
    it('a word inserted or deleted', async () => {
      expect(await check(BODY, BODY.replace('We urge', 'We do not urge'))).toMatchObject({
        minor: false,
        reason: expect.stringMatching(/insert/),
      });
      expect(await minor(BODY, BODY.replace('impose ', ''))).toBe(false);
      expect(await minor('We can not accept this.', 'We cannot accept this.')).toBe(false);
    });

    it('a word of three letters or fewer replaced ("no" → "on", "not" → "now")', async () => {
      expect(await minor('There is no way.', 'There is on way.')).toBe(false);
      expect(await minor('Do not act now.', 'Do now act now.')).toBe(false);
      expect(await minor('It was his.', 'It was her.')).toBe(false);
    });

    it('any changed number: digits of every script, fractions, signs, words', async () => {
      expect(await minor(BODY, BODY.replace('42', '43'))).toBe(false);
      expect(await minor('ལོ་༡༩༥༩', 'ལོ་༡༩༥༨')).toBe(false);
      expect(await minor('We ask for ½ of it.', 'We ask for ¼ of it.')).toBe(false);
      expect(await minor('Chapter Ⅳ applies.', 'Chapter Ⅵ applies.')).toBe(false);
      expect(await minor('The rate fell by 5 points.', 'The rate fell by -5 points.')).toBe(false);
      expect(await minor('The cost is 50% more.', 'The cost is 50 more.')).toBe(false);
      expect(await minor('3.5 million people', '35 million people')).toBe(false);
      expect(await minor('twenty detained', 'twelve detained')).toBe(false);
      expect(await minor('twenty detained', 'plenty detained')).toBe(false);
      expect(await minor('hundreds of people', 'thousands of people')).toBe(false);
      expect(await minor('The first demand.', 'The fifth demand.')).toBe(false);
      expect(await minor('a dozen cases', 'a dozens cases')).toBe(false);
      expect(await minor('Forty Two', 'forty two')).toBe(true); // case only
    });

    it('negations, quantities and prefixes that reverse a sentence', async () => {
      expect(await minor('We have ever supported it.', 'We have never supported it.')).toBe(false);
      expect(await minor('We support some measures.', 'We support none measures.')).toBe(false);
      expect(await minor('This detention is legal.', 'This detention is illegal.')).toBe(false);
      expect(await minor('A likely outcome.', 'An unlikely outcome.')).toBe(false);
      expect(await minor('We urge you to impose sanctions.', 'We urge you to oppose sanctions.')).toBe(false);
    });

    it('a changed ideograph in CJK text, as a replaced word', async () => {
      expect(await minor('我们支持这项法律。', '我们反对这项法律。')).toBe(false);
      expect(await minor('我们支持这项法律。', '我們支持這項法律。')).toBe(false);
      expect(await minor('我们支持这项法律。', '我们支持这项法律！')).toBe(true); // punctuation only
    });

    it('an invisible control: a right-to-left override reorders what the reader sees', async () => {
      expect(await minor('We support the law.', 'We \u202Esupport the law.')).toBe(false);
      expect(await minor('We support the law.', 'We support \u202E the law.')).toBe(false);
    });

    it('punctuation that makes Markdown hide a paragraph: a link reference definition, an image', async () => {
      const law = 'We do not support the new surveillance law.';
      expect(await check(law, `[${law}]: .`)).toMatchObject({
        minor: false,
        reason: expect.stringMatching(/Markdown/),
      });
      expect(await minor(`Intro.\n\n${law}`, `Intro.\n\n[${law}]: .`)).toBe(false);
      expect(await minor(law, `![${law}](.)`)).toBe(false);
      expect(await minor(law, `[${law}](.)`)).toBe(false);
      expect(await minor(law, `# ${law}`)).toBe(false);
      expect(await minor(law, `> ${law}`)).toBe(false);
      expect(await minor(law, `    ${law}`)).toBe(false);
      // The words stay in order but what is shown changes: one paragraph hidden, another revealed.
      expect(await minor('We support it.\n\n[We oppose]: .', '[We support it.]: .\n\nWe oppose.')).toBe(false);
      // Punctuation inside a paragraph that leaves its shape alone is still minor.
      expect(await minor('We support\nthe law.', 'We *support*  \nthe law!')).toBe(true);
      expect(await minor(`Intro.\n\n${law}`, `Intro!\n\n${law.replace('.', '!')}`)).toBe(true);
      expect(await minor('See [the law](https://example.org/law).', 'See [the law](https://example.org/law)!')).toBe(
        true,
      );
    });

    it('a repeated word deleted down to none: a run may shrink to one copy, never to zero', async () => {
      expect(await minor('We will never, never accept this law.', 'We will accept this law.')).toBe(false);
      expect(await minor('We urge the the minister.', 'We minister.')).toBe(false);
      expect(await minor('We urge you you you to act.', 'We urge to act.')).toBe(false);
      // A negation or quantity is never deleted, not even a repeated one.
      expect(await minor('We will never, never accept this law.', 'We will never accept this law.')).toBe(false);
      expect(await minor('We urge you you you to act.', 'We urge you to act.')).toBe(true);
    });

    it.each([
      ['reject', 'respect'],
      ['resist', 'assist'],
      ['denounce', 'announce'],
      ['veto', 'vote'],
      ['protest', 'protect'],
      ['deny', 'defy'],
      ['condemn', 'commend'],
      ['accept', 'except'],
      ['approve', 'disapprove'],
      ['prohibit', 'permit'],
      ['support', 'suport'],
    ])('a stance swapped: "%s" → "%s"', async (from, to) => {
      expect(await minor(`We ${from} this bill.`, `We ${to} this bill.`)).toBe(false);
      expect(await minor(`We ${to} this bill.`, `We ${from} this bill.`)).toBe(false);
    });

    it('a changed symbol: a currency is not punctuation', async () => {
      expect(await minor('It costs $500.', 'It costs €500.')).toBe(false);
    });
  });

  describe('bounded: a 200,000-character text of any shape never holds the event loop long', () => {
    /** The answer, and the longest the event loop was held meanwhile (a timer that should tick every 5 ms). */
    const timed = async (before: string, after: string): Promise<{ minor: boolean; ms: number }> => {
      let last = Date.now();
      let ms = 0;
      const ticking = setInterval(() => {
        ms = Math.max(ms, Date.now() - last);
        last = Date.now();
      }, 5);
      const result = await minorEditCheck(text(before), text(after));
      clearInterval(ticking);
      ms = Math.max(ms, Date.now() - last);
      return { minor: result.minor, ms };
    };

    it.each([
      ['words', 'word '.repeat(40_000)],
      ['one word', 'a'.repeat(200_000)],
      ['CJK without punctuation', '我们'.repeat(100_000)],
      ['digits', '1'.repeat(200_000)],
      ['punctuation', '.,'.repeat(100_000)],
    ])('%s', async (_shape, body) => {
      expect((await timed(body, `${body}x`)).ms).toBeLessThan(1_000);
      const unrelated = await timed(body, 'other text '.repeat(18_000));
      expect(unrelated).toMatchObject({ minor: false });
      expect(unrelated.ms).toBeLessThan(1_000);
    });

    it('Markdown that markdown-it works hard on, changed only in punctuation', async () => {
      for (const body of ['![['.repeat(66_000), `${'*a'.repeat(9_900)} ${'word '.repeat(36_000)}`]) {
        const changed = await timed(body, `${body}.`);
        expect(changed.ms).toBeLessThan(1_000);
      }
      // Under the limit, the Markdown is read and a punctuation change is still minor.
      const emphasis = `${'*a* '.repeat(4_000)}\n\n${'word '.repeat(30_000)}`;
      expect(await timed(emphasis, `${emphasis}.`)).toMatchObject({ minor: true });
    });

    it('a block read in its container: an indented paragraph of a list item is no code block', async () => {
      const list = '- We ask three things.\n\n    We do not support the new law.\n\nSincerely,';
      expect(await minor(list, list.replace('We do not support the new law.', '[$&]: .'))).toBe(false);
      const quote = '> We ask three things.\n>\n> We do not support the new law.\n\nSincerely,';
      expect(await minor(quote, quote.replace('We do not support the new law.', '[$&]: .'))).toBe(false);
    });

    it('a definition elsewhere in the letter still turns a changed block into an image', async () => {
      const body = 'We support the law.\n\nMore text.\n\n[we support the law]: .';
      expect(await minor(body, body.replace('We support the law.', '![We support the law].'))).toBe(false);
    });

    it('a typo fixed in a long letter', async () => {
      const body = 'We urge the government to act. '.repeat(6_000);
      const fixed = body.replace('government', 'govenment');
      expect(await timed(body, fixed)).toMatchObject({ minor: true });
      expect((await timed(body, fixed)).ms).toBeLessThan(1_000);
    });
  });
});

describe('segmentText', () => {
  it('gives back the whole text, cut into words and what lies between them', async () => {
    const input = 'We urge 三年 you, – -5% https://example.org/x';
    const segments = await segmentText(input);
    expect(segments.map((s) => s.text).join('')).toBe(input);
    expect(segments.filter((s) => s.significant).map((s) => s.key)).toEqual([
      'we',
      'urge',
      '三年',
      'you',
      '-5',
      '%',
      'https',
      'example.org',
      'x',
    ]);
  });
});

describe('boundedEditDistance', () => {
  it('counts insertions, deletions and substitutions up to the limit', async () => {
    expect(boundedEditDistance('relase', 'release', 2)).toBe(1);
    expect(boundedEditDistance('detianed', 'detained', 2)).toBe(2);
    expect(boundedEditDistance('support', 'oppose', 2)).toBe(3);
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedEditDistance('a'.repeat(256), `${'a'.repeat(255)}b`, 2)).toBe(1);
  });
});

describe('wordDiff', () => {
  it('shows each change with a few words around it', async () => {
    const diff = await wordDiff(
      text('We urge you to relase them.', 'Free thme'),
      text('We urge you to release them.', 'Free them'),
    );
    expect(diff).toBe('Title: Free [-thme-]{+them+}\nText: We urge you to [-relase-]{+release+} them.');
  });

  it('is bounded for a text changed throughout', async () => {
    const body = 'We urge the government to act. '.repeat(6_000);
    const diff = await wordDiff(text(body), text(body.toUpperCase()));
    expect(diff.length).toBeLessThan(10_000);
  });
});
