import {
  isLiteralElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  TYPE,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';

// U+202E RIGHT-TO-LEFT OVERRIDE … U+202C POP DIRECTIONAL FORMATTING: English shown mirrored, as in Chrome's en-XB.
const RLO = '\u202e';
const PDF = '\u202c';

function mirrorElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (isLiteralElement(element)) return { ...element, value: `${RLO}${element.value}${PDF}` };
    if (isTagElement(element)) return { ...element, children: mirrorElements(element.children) };
    if (isSelectElement(element) || isPluralElement(element)) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: mirrorElements(option.value) },
        ]),
      );
      return { ...element, options };
    }
    return element;
  });
}

/** The right-to-left pseudo-locale's catalog: every message bracketed, its text mirrored. */
export function mirrored(catalog: Record<string, MessageFormatElement[]>): Record<string, MessageFormatElement[]> {
  return Object.fromEntries(
    Object.entries(catalog).map(([id, elements]) => [
      id,
      [{ type: TYPE.literal, value: '[' }, ...mirrorElements(elements), { type: TYPE.literal, value: ']' }],
    ]),
  );
}
