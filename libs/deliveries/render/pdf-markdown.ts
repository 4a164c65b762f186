import type { Token } from 'markdown-it';
import type { FontStyle } from './pdf-fonts';
import type { Run, TextFlow } from './pdf-text-flow';

const HEADING_SIZES: Record<string, number> = { h1: 16, h2: 14, h3: 12.5 };
const BODY = 11;
const LIST_INDENT = 20;
const QUOTE_INDENT = 18;

/** The style of text under these open emphases: bold wins (there is no bold oblique face). */
function styleOf(strong: number, em: number, base: FontStyle): FontStyle {
  if (strong > 0 || base === 'bold') return 'bold';
  return em > 0 ? 'oblique' : base;
}

/** An inline token's children as styled runs: emphasis kept, links as "text (address)". */
function runsOf(inline: Token, base: FontStyle): Run[] {
  const runs: Run[] = [];
  let strong = 0;
  let em = 0;
  const links: { href: string; start: number }[] = [];
  let text = '';
  const add = (value: string): void => {
    text += value;
    runs.push({ text: value, style: styleOf(strong, em, base) });
  };
  for (const child of inline.children ?? []) {
    switch (child.type) {
      case 'strong_open':
        strong++;
        break;
      case 'strong_close':
        strong--;
        break;
      case 'em_open':
        em++;
        break;
      case 'em_close':
        em--;
        break;
      case 'link_open':
        links.push({ href: String(child.attrGet('href') ?? ''), start: text.length });
        break;
      case 'link_close': {
        const link = links.pop();
        // The address is printed: a letter on paper cannot be clicked.
        if (link?.href && text.slice(link.start) !== link.href) add(` (${link.href})`);
        break;
      }
      case 'softbreak':
        add(' ');
        break;
      case 'hardbreak':
        add('\n');
        break;
      case 'image':
        add(child.content);
        break;
      default:
        if (child.content) add(child.content);
    }
  }
  return runs;
}

/**
 * Typesets Markdown (markdown-it's token stream, the same parse as the HTML edition) onto the flow:
 * headings kept with what follows, emphasis in bold and oblique faces, lists with bullets and
 * numbers in a hanging indent (never the Markdown's "-"), block quotes indented and oblique.
 */
export function typesetMarkdown(flow: TextFlow, tokens: Token[]): void {
  const lists: { ordered: boolean; next: number }[] = [];
  let quotes = 0;
  let heading: string | null = null;
  let marker: string | undefined;
  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open':
        heading = token.tag;
        break;
      case 'heading_close':
        heading = null;
        break;
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 0 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        if (!lists.length) flow.space(4);
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        marker = list.ordered ? `${list.next++}.` : '•';
        break;
      }
      case 'blockquote_open':
        quotes++;
        break;
      case 'blockquote_close':
        quotes--;
        break;
      case 'hr':
        flow.space(BODY);
        break;
      case 'code_block':
      case 'fence':
        flow.paragraph(token.content.replace(/\n$/, ''), { indent: QUOTE_INDENT, size: 10, gapAfter: 8 });
        break;
      case 'inline': {
        const indent = lists.length * LIST_INDENT + quotes * QUOTE_INDENT;
        if (heading) {
          const size = HEADING_SIZES[heading] ?? BODY;
          flow.space(4);
          flow.paragraph(runsOf(token, 'bold'), { size, indent, gapAfter: 6, keepWithNext: true, align: 'start' });
        } else {
          const inList = lists.length > 0;
          flow.paragraph(runsOf(token, quotes ? 'oblique' : 'regular'), {
            size: BODY,
            indent,
            marker,
            gapAfter: inList ? 3 : 8,
            align: 'start',
          });
        }
        marker = undefined;
        break;
      }
      default:
        break;
    }
  }
}
