import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, notFound, type AppConfig } from '@undersigned/common';
import { SignatoriesService, type PublicSignatories } from '@undersigned/endorsements';
import { byLanguage, LetterVersion, TranslationsService, TranslationStatus, type Letter } from '@undersigned/letters';
import { editionContent, frozenSignatories, translatedContent } from './deliveries.service';
import { verifyUrl } from './dto/edition.object';
import { EditionTranslation } from './edition-translation.entity';
import { Edition } from './edition.entity';
import { PdfCache } from './pdf-cache';
import { Recipient } from './recipient.entity';
import type { LetterContent } from './render/letter-renderer';
import { RenderService } from './render/render.service';

/**
 * The PDFs of GET /letters/:slug.pdf, for a reader who may read the letter: the original or one
 * translation, as delivered (stored with the edition) or, before delivery, as the letter stands
 * (rendered on the readers' render thread, cached by what it prints; RenderQueueFull when busy).
 */
@Injectable()
export class LetterPdfService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signatories: SignatoriesService,
    private readonly translations: TranslationsService,
    private readonly pdfCache: PdfCache,
    private readonly renderer: RenderService,
  ) {}

  /**
   * The original (`language` null) or its translation into `language` (a canonical tag): the
   * edition's frozen one once delivered, else the APPROVED one. NOT_FOUND for any other language.
   */
  async pdf(letter: Letter, language: string | null): Promise<Buffer> {
    const edition = await this.dataSource.getRepository(Edition).findOneBy({ letterId: letter.id });
    if (edition) return language ? this.deliveredTranslation(letter, edition, language) : Buffer.from(edition.pdf);
    const original = await this.standing(letter);
    if (!language) return this.render(original.content);
    const [translation] = await this.translations.byLanguages([{ letterId: letter.id, language }]);
    if (translation?.status !== TranslationStatus.APPROVED) throw notFound('Translation');
    return this.render(translatedContent(original.content, translation, letter.language, original.contentHash));
  }

  /**
   * The languages the edition froze translations into, by language, each with the size of its
   * stored PDF (null when it was frozen without one), without reading the PDFs.
   */
  async editionTranslationSizes(edition: Edition): Promise<{ language: string; size: number | null }[]> {
    const rows = await this.dataSource
      .getRepository(EditionTranslation)
      .createQueryBuilder('t')
      .select('t.language', 'language')
      .addSelect('octet_length(t.pdf)', 'size')
      .where('t.letter_id = :letterId', { letterId: edition.letterId })
      .getRawMany<{ language: string; size: number | null }>();
    return rows.map((r) => ({ language: r.language, size: r.size === null ? null : Number(r.size) })).sort(byLanguage);
  }

  /**
   * The PDF of the edition's translation into `language`: as stored, else typeset now from what the
   * edition froze, on the readers' render thread or (for a delivery mail) the deliveries' one.
   */
  async deliveredTranslation(
    letter: Letter,
    edition: Edition,
    language: string,
    thread: 'readers' | 'deliveries' = 'readers',
  ): Promise<Buffer> {
    const translation = await this.dataSource
      .getRepository(EditionTranslation)
      .createQueryBuilder('t')
      .addSelect('t.pdf')
      .where('t.letter_id = :letterId AND t.language = :language', { letterId: letter.id, language })
      .getOne();
    if (!translation) throw notFound('Translation');
    if (translation.pdf) return Buffer.from(translation.pdf);
    // Frozen before translations were typeset at delivery: typeset now from what the edition froze.
    const version = await this.dataSource.getRepository(LetterVersion).findOneByOrFail({ id: edition.versionId });
    const recipients = await this.dataSource.getRepository(Recipient).findBy({ letterId: letter.id });
    const original: LetterContent = {
      ...editionContent(version, recipients, edition.signatories, edition.anonymousCount, edition.deliveredAt, {
        editionHash: edition.editionHash,
        verifyUrl: verifyUrl(this.config.publicUrl, edition.id),
      }),
      supporterCount: edition.supporterCount,
    };
    const content = translatedContent(original, translation, letter.language, version.contentHash);
    return thread === 'readers' ? this.render(content) : this.renderer.deliveryPdf(content);
  }

  /** The letter as it stands: its current text, recipients and named signatories, dated today. */
  private async standing(letter: Letter): Promise<{ content: LetterContent; contentHash: string }> {
    const version = await this.dataSource.getRepository(LetterVersion).findOneByOrFail({
      letterId: letter.id,
      number: letter.currentVersion,
    });
    const recipients = await this.dataSource.getRepository(Recipient).findBy({ letterId: letter.id });
    // Only the named and a count of the unnamed reach the edition (libs/endorsements/unnamed-signatories.ts).
    const { signatories, anonymousCount }: PublicSignatories = await this.signatories.all(letter.id);
    return {
      content: editionContent(version, recipients, frozenSignatories(signatories), anonymousCount, new Date()),
      contentHash: version.contentHash,
    };
  }

  private render(content: LetterContent): Promise<Buffer> {
    return this.pdfCache.render(content, (rendered) => this.renderer.readerPdf(rendered));
  }
}
