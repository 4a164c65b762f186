import { Controller, Get, Header, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import {
  Allow,
  APP_CONFIG,
  badInput,
  hashToken,
  notFound,
  OptionalActor,
  Permission,
  type Actor,
  type AppConfig,
} from '@undersigned/common';
import { canonicalLanguageTag, isPublicNow, LetterPolicy } from '@undersigned/letters';
import { DeliveryStatus, movesForward } from './delivery-status';
import { DeliveryTrackerService } from './delivery-tracker.service';
import { Delivery } from './delivery.entity';
import { LetterPdfService } from './letter-pdf.service';
import { answeredBusy } from './render/render-busy';

const PAGE = (body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Undersigned</title></head><body>${body}</body></html>`;

@Controller()
export class DeliveriesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tracker: DeliveryTrackerService,
    private readonly policy: LetterPolicy,
    private readonly pdfs: LetterPdfService,
  ) {}

  /**
   * The acknowledgement link of a delivered email. Opening it only shows a button: mail scanners
   * that follow links must not acknowledge on the office's behalf.
   */
  @Get('ack')
  @Allow(Permission.PUBLIC)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async ackPage(@Query('token') token: string | undefined): Promise<string> {
    const delivery = await this.byToken(token);
    if (delivery.status === DeliveryStatus.ACKNOWLEDGED || delivery.status === DeliveryStatus.RESPONDED) {
      return PAGE('<p>Receipt of this letter has already been acknowledged. Thank you.</p>');
    }
    return PAGE(
      `<form method="post" action="?token=${encodeURIComponent(token as string)}">` +
        '<p>Please confirm that your office has received this letter.</p><button type="submit">Confirm receipt</button></form>',
    );
  }

  @Post('ack')
  @Allow(Permission.PUBLIC)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async acknowledge(@Query('token') token: string | undefined): Promise<string> {
    const delivery = await this.byToken(token);
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.tracker.lock(manager, delivery.id);
      if (!locked || !movesForward(locked.status, DeliveryStatus.ACKNOWLEDGED)) return;
      await this.tracker.move(manager, locked, { to: DeliveryStatus.ACKNOWLEDGED });
    });
    return PAGE('<p>Thank you: receipt of this letter is acknowledged.</p>');
  }

  /**
   * The letter as delivered (its frozen edition) or as it stands, under the letter's visibility;
   * with `?lang=`, its translation into that language (the original's own language: the original).
   * A `lang` that is no language tag is BAD_USER_INPUT (400); a language without an APPROVED
   * translation (a frozen one, once delivered) is NOT_FOUND (404), as a letter the reader may not see.
   * A public letter's PDF is the same for everyone and may be cached a few seconds, as its public
   * reads are; any other (PRIVATE, or a DRAFT only its leads see) is `private, no-store`.
   */
  @Get('letters/:file')
  @Allow(Permission.PUBLIC)
  async pdf(
    @Param('file') file: string,
    @Query('lang') lang: unknown,
    @OptionalActor() viewer: Actor | null,
    @Res() response: Response,
  ): Promise<void> {
    const slug = /^(.+)\.pdf$/.exec(file)?.[1];
    if (!slug) throw notFound('Letter');
    let language: string | null = null;
    if (lang !== undefined) {
      language = typeof lang === 'string' ? canonicalLanguageTag(lang) : null;
      if (!language) throw badInput('lang must be a BCP 47 language tag naming a language, such as zh-Hans or ug');
    }
    const { letter } = await this.policy.readableWhere(this.dataSource.manager, viewer, { slug });
    if (language === letter.language) language = null;
    let pdf: Buffer;
    try {
      pdf = await this.pdfs.pdf(letter, language);
    } catch (error) {
      if (answeredBusy(error, response)) return;
      throw error;
    }
    // Public now (publication.ts): a letter under embargo is read by its leads only, never kept by a shared cache.
    const everyone = isPublicNow(letter);
    response
      .status(200)
      .type('application/pdf')
      .setHeader(
        'Cache-Control',
        everyone ? `public, max-age=${this.config.publicCacheMaxAgeSeconds}` : 'private, no-store',
      )
      .setHeader('Content-Language', language ?? letter.language)
      .setHeader('Content-Disposition', `inline; filename="${letter.slug}${language ? `.${language}` : ''}.pdf"`)
      .send(pdf);
  }

  private async byToken(token: string | undefined): Promise<Delivery> {
    const delivery =
      typeof token === 'string' && token.length > 0 && token.length < 200
        ? await this.dataSource.getRepository(Delivery).findOneBy({ ackTokenHash: hashToken(token) })
        : null;
    if (!delivery) throw notFound('Acknowledgement link');
    return delivery;
  }
}
