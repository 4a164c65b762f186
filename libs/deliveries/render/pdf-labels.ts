/**
 * The fixed words of a letter's PDF: English for the original and for a translation into a language
 * the web app has no catalog for; a translation into Simplified or Traditional Chinese (the web
 * app's catalogs: apps/web/src/messages) has them in its own language. The lines naming the
 * original by its hash keep their English label beside the translated one, so that anyone can find
 * them in any PDF.
 */
export interface PdfLabels {
  /** The tag the labels are written in. */
  locale: 'en' | 'zh-Hans' | 'zh-Hant';
  /** The sentence under a translation's date: what it translates, and that the original was signed. */
  translationNotice(language: string, originalLanguage: string, translator: string | null): string;
  originalContentHash: string;
  translationContentHash: string;
  to: string;
  cc: string;
  signatories: string;
  unnamed(count: number): string | null;
  supporters(count: number | undefined): string | null;
  editionHash: string;
  verify: string;
  draft: string;
  page(number: number, count: number): string;
  /** Between a label and what it labels. */
  colon: string;
}

function namer(locale: string): (tag: string) => string {
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const [open, close] = locale === 'en' ? [' (', ')'] : ['（', '）'];
  return (tag) => {
    let name = tag;
    try {
      name = names.of(tag) ?? tag;
    } catch {
      // A tag the engine cannot name is printed as it is.
    }
    return name === tag ? tag : `${name}${open}${tag}${close}`;
  };
}

const ENGLISH_NAME = namer('en');

/** "Uyghur (ug)": a language by its English name and its tag. */
export function languageName(tag: string): string {
  return ENGLISH_NAME(tag);
}

const EN: PdfLabels = {
  locale: 'en',
  translationNotice: (language, original, translator) =>
    `Translation into ${languageName(language)}${translator ? `, by ${translator}` : ''}, for reading. It translates the original in ${languageName(original)}, which is the text that was signed and is authoritative.`,
  originalContentHash: 'Original content hash',
  translationContentHash: 'Translation content hash',
  to: 'To',
  cc: 'Cc',
  signatories: 'Signatories',
  unnamed: (count) =>
    count <= 0
      ? null
      : count === 1
        ? 'and 1 organisation that cannot be named for its safety'
        : `and ${count} organisations that cannot be named for their safety`,
  supporters: (count) =>
    !count || count <= 0 ? null : count === 1 ? 'and 1 supporter' : `and ${count.toLocaleString('en-GB')} supporters`,
  editionHash: 'Edition hash',
  verify: 'Verify',
  draft: 'Draft — not delivered',
  page: (number, count) => `Page ${number} of ${count}`,
  colon: ': ',
};

const SIMPLIFIED_NAME = namer('zh-Hans');
const ZH_HANS: PdfLabels = {
  locale: 'zh-Hans',
  translationNotice: (language, original, translator) =>
    `${SIMPLIFIED_NAME(language)}译文${translator ? `，译者：${translator}` : ''}，供阅读。原文为${SIMPLIFIED_NAME(original)}，是签署的、具有权威性的文本。`,
  originalContentHash: '原文内容哈希值 / Original content hash',
  translationContentHash: '译文内容哈希值 / Translation content hash',
  to: '致',
  cc: '抄送',
  signatories: '签署方',
  unnamed: (count) => (count <= 0 ? null : `另有 ${count} 个因安全原因不能具名的组织`),
  supporters: (count) => (!count || count <= 0 ? null : `以及 ${count.toLocaleString('zh-Hans')} 位支持者`),
  editionHash: '版本哈希值',
  verify: '验证',
  draft: '草稿——未递交',
  page: (number, count) => `第 ${number} 页，共 ${count} 页`,
  colon: '：',
};

const TRADITIONAL_NAME = namer('zh-Hant');
const ZH_HANT: PdfLabels = {
  locale: 'zh-Hant',
  translationNotice: (language, original, translator) =>
    `${TRADITIONAL_NAME(language)}譯文${translator ? `，譯者：${translator}` : ''}，供閱讀。原文為${TRADITIONAL_NAME(original)}，是簽署的、具有權威性的文本。`,
  originalContentHash: '原文內容雜湊值 / Original content hash',
  translationContentHash: '譯文內容雜湊值 / Translation content hash',
  to: '致',
  cc: '副本',
  signatories: '簽署方',
  unnamed: (count) => (count <= 0 ? null : `另有 ${count} 個因安全原因不能具名的組織`),
  supporters: (count) => (!count || count <= 0 ? null : `以及 ${count.toLocaleString('zh-Hant')} 位支持者`),
  editionHash: '版本雜湊值',
  verify: '驗證',
  draft: '草稿——未遞交',
  page: (number, count) => `第 ${number} 頁，共 ${count} 頁`,
  colon: '：',
};

/** The labels for a PDF in `language` (a translation's tag; none for the original): Chinese by script, else English. */
export function pdfLabels(language?: string | null): PdfLabels {
  if (!language) return EN;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(language).maximize();
  } catch {
    return EN;
  }
  if (locale.language !== 'zh') return EN;
  if (locale.script === 'Hans') return ZH_HANS;
  if (locale.script === 'Hant') return ZH_HANT;
  return EN;
}

/** The English labels: those of the original, its HTML and text, and the verification page. */
export const ENGLISH_LABELS = EN;
