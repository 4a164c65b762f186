/** Unicode's bidirectional controls (embeddings, overrides, isolates and marks). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A name for plain-text places such as a confirm() dialog, where it cannot be isolated in <bdi>:
 * without bidi controls, so it cannot reverse the question around it.
 */
export function plainName(name: string): string {
  return name.replace(BIDI_CONTROLS, '');
}
