import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, notFound, type AppConfig } from '@undersigned/common';
import { SignatoriesService, type PublicSignatories } from '@undersigned/endorsements';
import { byLanguage, Letter, LetterVersion, TranslationsService, TranslationStatus } from '@undersigned/letters';
import { editionContent, frozenSignatories, translatedContent } from './edition-content';
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

  /** Translations of editions being typeset in this process, by edition and language. */
  private readonly typesetting = new Map<string, Promise<Buffer>>();

  /**
   * The original (`language` null) or its translation into `language` (a canonical tag): the
   * edition's frozen one once delivered, else the APPROVED one. NOT_FOUND for any other language.
   */
  async pdf(letter: Letter, language: string | null): Promise<Buffer> {
    const edition = await this.dataSource.getRepository(Edition).findOneBy({ letterId: letter.id });
    if (edition) return language ? this.deliveredTranslation(letter, edition, language) : Buffer.from(edition.pdf);
    // The translation first: a language without one costs one indexed read, never the letter's
    // signatories nor a render.
    const translation = language
      ? (await this.translations.byLanguages([{ letterId: letter.id, language }]))[0]
      : undefined;
    if (language && translation?.status !== TranslationStatus.APPROVED) throw notFound('Translation');
    const original = await this.standing(letter);
    if (!translation) return this.render(letter, original.content);
    return this.render(letter, translatedContent(original.content, translation, letter.language, original.contentHash));
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
   * edition froze (on the readers' render thread, or the deliveries' one for a delivery mail) and
   * stored, so that it is typeset once: those asking meanwhile in this process share that typesetting.
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
    const key = `${edition.id} ${language}`;
    let typeset = this.typesetting.get(key);
    if (!typeset) {
      typeset = this.typesetAndStore(letter, edition, translation, thread).finally(() => this.typesetting.delete(key));
      this.typesetting.set(key, typeset);
    }
    return typeset;
  }

  /**
   * Every translation of a delivered letter's edition not yet typeset, typeset once on the
   * deliveries' render thread and stored: run after the delivery commits, never under its lock.
   */
  async typesetTranslations(letterId: string): Promise<void> {
    const edition = await this.dataSource.getRepository(Edition).findOneBy({ letterId });
    if (!edition) return;
    const letter = await this.dataSource.getRepository(Letter).findOneByOrFail({ id: letterId });
    for (const { language, size } of await this.editionTranslationSizes(edition)) {
      if (size === null) await this.deliveredTranslation(letter, edition, language, 'deliveries');
    }
  }

  private async typesetAndStore(
    letter: Letter,
    edition: Edition,
    translation: EditionTranslation,
    thread: 'readers' | 'deliveries',
  ): Promise<Buffer> {
    const version = await this.dataSource.getRepository(LetterVersion).findOneByOrFail({ id: edition.versionId });
    // In the order the edition was frozen in (DeliveriesService.deliverOnce).
    const recipients = await this.dataSource.getRepository(Recipient).find({
      where: { letterId: letter.id },
      order: { role: 'ASC', createdAt: 'ASC' },
    });
    const original: LetterContent = {
      ...editionContent(version, recipients, edition.signatories, edition.anonymousCount, edition.deliveredAt, {
        editionHash: edition.editionHash,
        verifyUrl: verifyUrl(this.config.publicUrl, edition.id),
      }),
      supporterCount: edition.supporterCount,
    };
    const content = translatedContent(original, translation, letter.language, version.contentHash);
    const pdf = thread === 'readers' ? await this.render(letter, content) : await this.renderer.deliveryPdf(content);
    const stored = await this.dataSource
      .createQueryBuilder()
      .update(EditionTranslation)
      .set({ pdf })
      .where('letter_id = :letterId AND language = :language AND pdf IS NULL', {
        letterId: letter.id,
        language: translation.language,
      })
      .execute();
    if (stored.affected) return pdf;
    // Another process stored it first: serve that one, so that every reader gets the same bytes.
    const kept = await this.dataSource
      .getRepository(EditionTranslation)
      .createQueryBuilder('t')
      .addSelect('t.pdf')
      .where('t.letter_id = :letterId AND t.language = :language', {
        letterId: letter.id,
        language: translation.language,
      })
      .getOneOrFail();
    return kept.pdf ? Buffer.from(kept.pdf) : pdf;
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

  private render(letter: Letter, content: LetterContent): Promise<Buffer> {
    return this.pdfCache.render(letter.id, content, (rendered) => this.renderer.readerPdf(rendered));
  }
}
