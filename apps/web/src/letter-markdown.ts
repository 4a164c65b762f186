import MarkdownIt from 'markdown-it';

/**
 * A letter's Markdown as the edition shows it (libs/letters/letter-markdown.ts, which the PDF and
 * /verify use): raw HTML shown as text, never run, and each block taking its direction from its own
 * first strong letter — a Uyghur paragraph reads right to left inside an English letter, and an English
 * one left to right inside a Uyghur translation, whatever the first block is.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
const BLOCKS = new Set(['paragraph_open', 'heading_open', 'list_item_open', 'blockquote_open']);
markdown.core.ruler.push('dir_auto', (state) => {
  for (const token of state.tokens) if (BLOCKS.has(token.type)) token.attrSet('dir', 'auto');
  return true;
});

export function letterHtml(source: string): string {
  return markdown.render(source);
}
