import MarkdownIt from 'markdown-it';

// Raw HTML in the Markdown is escaped, not passed through: the output needs no further sanitising.
// One instance for the process: the renderer uses it, and the minor-edit check reads a body with it
// exactly as the edition will show it.
export const letterMarkdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
// Each block takes its direction from its own first strong letter: a paragraph in Uyghur reads
// right to left inside the English letter.
const BLOCKS = new Set(['paragraph_open', 'heading_open', 'list_item_open', 'blockquote_open']);
letterMarkdown.core.ruler.push('dir_auto', (state) => {
  for (const token of state.tokens) if (BLOCKS.has(token.type)) token.attrSet('dir', 'auto');
  return true;
});
