import { letterHtml } from './letter-markdown';

describe('letterHtml', () => {
  it('gives each block its own direction, as the edition does, so no first block decides for the whole text', () => {
    const html = letterHtml('UN experts say:\n\nئۇيغۇرلار\n\n# Title\n\n- item\n\n> quoted');
    expect(html).toBe(
      '<p dir="auto">UN experts say:</p>\n<p dir="auto">ئۇيغۇرلار</p>\n<h1 dir="auto">Title</h1>\n' +
        '<ul>\n<li dir="auto">item</li>\n</ul>\n<blockquote dir="auto">\n<p dir="auto">quoted</p>\n</blockquote>\n',
    );
  });

  it('shows raw HTML as text', () => {
    expect(letterHtml('<script>alert(1)</script>')).toBe('<p dir="auto">&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
  });
});
