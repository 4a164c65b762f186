import { Controller, Get, Header, Param, Post, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Allow, hashToken, notFound, OptionalActor, Permission, type Actor } from '@undersigned/common';
import { SignatoriesService, type PublicSignatories } from '@undersigned/endorsements';
import { LetterPolicy, LetterVersion } from '@undersigned/letters';
import { DeliveryStatus, movesForward } from './delivery-status';
import { DeliveryTrackerService } from './delivery-tracker.service';
import { Delivery } from './delivery.entity';
import { editionContent, frozenSignatories } from './deliveries.service';
import { Edition } from './edition.entity';
import { PdfCache } from './pdf-cache';
import { Recipient } from './recipient.entity';
import { answeredBusy } from './render/render-busy';
import { RenderService } from './render/render.service';

const PAGE = (body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Undersigned</title></head><body>${body}</body></html>`;

@Controller()
export class DeliveriesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tracker: DeliveryTrackerService,
    private readonly policy: LetterPolicy,
    private readonly signatories: SignatoriesService,
    private readonly pdfCache: PdfCache,
    private readonly renderer: RenderService,
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

  /** The letter as delivered (its frozen edition) or as it stands, under the letter's visibility. */
  @Get('letters/:file')
  @Allow(Permission.PUBLIC)
  async pdf(
    @Param('file') file: string,
    @OptionalActor() viewer: Actor | null,
    @Res() response: Response,
  ): Promise<void> {
    const slug = /^(.+)\.pdf$/.exec(file)?.[1];
    if (!slug) throw notFound('Letter');
    const { letter } = await this.policy.readableWhere(this.dataSource.manager, viewer, { slug });
    const edition = await this.dataSource.getRepository(Edition).findOneBy({ letterId: letter.id });
    let pdf: Buffer;
    if (edition) {
      pdf = Buffer.from(edition.pdf);
    } else {
      const version = await this.dataSource.getRepository(LetterVersion).findOneByOrFail({
        letterId: letter.id,
        number: letter.currentVersion,
      });
      const recipients = await this.dataSource.getRepository(Recipient).findBy({ letterId: letter.id });
      // Only the named and a count of the unnamed reach the edition (libs/endorsements/unnamed-signatories.ts).
      const { signatories, anonymousCount }: PublicSignatories = await this.signatories.all(letter.id);
      try {
        pdf = await this.pdfCache.render(
          editionContent(version, recipients, frozenSignatories(signatories), anonymousCount, new Date()),
          (content) => this.renderer.readerPdf(content),
        );
      } catch (error) {
        if (answeredBusy(error, response)) return;
        throw error;
      }
    }
    response
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', `inline; filename="${letter.slug}.pdf"`)
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
