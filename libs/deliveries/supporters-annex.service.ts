import { Inject, Injectable } from '@nestjs/common';
import type { Attachment } from 'nodemailer/lib/mailer';
import { APP_CONFIG, type AppConfig } from '@undersigned/common';
import { toCsv } from '@undersigned/endorsements';
import type { Letter } from '@undersigned/letters';
import { SupportersService } from '@undersigned/supporters';
import { verifyUrl } from './dto/edition.object';
import type { Edition } from './edition.entity';
import { RenderService } from './render/render.service';

/** Past this many names the annex is a CSV file: a PDF of thousands of pages helps no one. */
export const PDF_ANNEX_MAX_NAMES = 500;

/**
 * The supporters' names that go with a delivered letter that LISTs them. They are read when each
 * message is sent, not stored in the edition: a supporter who erases their data afterwards is
 * erased from every copy still to go, and the edition keeps only their number.
 */
@Injectable()
export class SupportersAnnexService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly supporters: SupportersService,
    private readonly renderer: RenderService,
  ) {}

  async attachments(letter: Letter, edition: Edition): Promise<Attachment[]> {
    const names = await this.supporters.listedNames(letter.id);
    if (!names.length) return [];
    if (names.length > PDF_ANNEX_MAX_NAMES) {
      return [
        {
          filename: `${letter.slug}-supporters.csv`,
          contentType: 'text/csv; charset=utf-8',
          content: toCsv(
            ['name', 'country'],
            names.map((n) => [n.name, n.country ?? '']),
          ),
        },
      ];
    }
    const pdf = await this.renderer.deliveryPdf({
      title: `Annex: the supporters of “${letter.title}”`,
      body: `${names.length.toLocaleString('en-GB')} members of the public signed this letter and asked to be named.`,
      date: edition.deliveredAt,
      addressees: [],
      signatories: names.map((n) => ({ displayName: n.name, country: n.country, lead: false })),
      anonymousCount: 0,
      verification: { editionHash: edition.editionHash, verifyUrl: verifyUrl(this.config.publicUrl, edition.id) },
    });
    return [{ filename: `${letter.slug}-supporters.pdf`, content: pdf, contentType: 'application/pdf' }];
  }
}
