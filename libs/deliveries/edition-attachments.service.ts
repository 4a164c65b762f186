import { Inject, Injectable } from '@nestjs/common';
import type { Attachment } from 'nodemailer/lib/mailer';
import { APP_CONFIG, type AppConfig } from '@undersigned/common';
import type { Letter } from '@undersigned/letters';
import { translationPdfUrl } from './dto/edition.object';
import type { Edition } from './edition.entity';
import { LetterPdfService } from './letter-pdf.service';
import { escapeHtml, languageName } from './render/letter-renderer';
import { SupportersAnnexService } from './supporters-annex.service';

/**
 * What a delivery mail's attachments may weigh together, before base64 (which adds a third): 10 MiB
 * is about 14 MB on the wire, under the 20–25 MB that common mail systems accept. The original and
 * the supporters' annex are always attached; translations follow in language order while they fit,
 * and those that do not are linked in the mail instead.
 */
export const MAIL_ATTACHMENTS_MAX_BYTES = 10 * 1024 * 1024;

/** A delivery mail's files, and the lines that list the translations under the letter. */
export interface EditionAttachments {
  attachments: Attachment[];
  text: string;
  html: string;
}

/** The files a delivery mail carries: the original, the supporters' annex, each translation that fits. */
@Injectable()
export class EditionAttachmentsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly annex: SupportersAnnexService,
    private readonly pdfs: LetterPdfService,
  ) {}

  async attachments(letter: Letter, edition: Edition): Promise<EditionAttachments> {
    const attachments: Attachment[] = [
      { filename: `${letter.slug}.pdf`, content: Buffer.from(edition.pdf), contentType: 'application/pdf' },
      ...(await this.annex.attachments(letter, edition)),
    ];
    let used = attachments.reduce((sum, a) => sum + byteLength(a.content), 0);
    const listed: { language: string; file: string | null }[] = [];
    for (const { language, size } of await this.pdfs.editionTranslationSizes(edition)) {
      // A size not known (frozen without a PDF) is known once typeset; one that cannot fit is not read.
      if (size !== null && used + size > MAIL_ATTACHMENTS_MAX_BYTES) {
        listed.push({ language, file: null });
        continue;
      }
      const pdf = await this.pdfs.deliveredTranslation(letter, edition, language, 'deliveries');
      if (used + pdf.length > MAIL_ATTACHMENTS_MAX_BYTES) {
        listed.push({ language, file: null });
        continue;
      }
      const filename = `${letter.slug}.${language}.pdf`;
      attachments.push({ filename, content: pdf, contentType: 'application/pdf' });
      used += pdf.length;
      listed.push({ language, file: filename });
    }
    if (!listed.length) return { attachments, text: '', html: '' };
    const where = (t: { language: string; file: string | null }): string =>
      t.file ? `attached as ${t.file}` : translationPdfUrl(this.config.publicUrl, letter.slug, t.language);
    const heading = 'Translations, for reading (the letter above is the text that was signed):';
    return {
      attachments,
      text: `\n\n${heading}\n${listed.map((t) => `- ${languageName(t.language)}: ${where(t)}`).join('\n')}\n`,
      html: `<p>${escapeHtml(heading)}</p><ul>${listed
        .map((t) => {
          const link = translationPdfUrl(this.config.publicUrl, letter.slug, t.language);
          const place = t.file ? escapeHtml(where(t)) : `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`;
          return `<li>${escapeHtml(languageName(t.language))}: ${place}</li>`;
        })
        .join('')}</ul>`,
    };
  }
}

function byteLength(content: Attachment['content']): number {
  if (typeof content === 'string') return Buffer.byteLength(content);
  return Buffer.isBuffer(content) ? content.length : 0;
}
