import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Allow, OptionalActor, Permission, type Actor } from '@undersigned/common';
import { isPublicNow, LetterPolicy } from '@undersigned/letters';
import type { PublicSignatories } from './unnamed-signatories';
import { toCsv } from './csv';
import { ReceiptService } from './receipts/receipt.service';
import { SignatoriesService } from './signatories.service';

@Controller()
export class EndorsementsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: LetterPolicy,
    private readonly signatories: SignatoriesService,
    private readonly receipts: ReceiptService,
  ) {}

  /** The public keys that verify receipts and checkpoints: every key that ever signed any. */
  @Get('.well-known/jwks.json')
  @Allow(Permission.PUBLIC)
  // Short: a key made current by a rotation or a restore must be seen soon by those who verify.
  @Header('Cache-Control', 'public, max-age=300')
  jwks(): ReturnType<ReceiptService['jwks']> {
    return this.receipts.jwks();
  }

  /** The named signatories, in the order of the signatory block, under the letter's visibility (./unnamed-signatories.ts). */
  @Get('letters/:slug/signatories.csv')
  @Allow(Permission.PUBLIC)
  async signatoriesCsv(
    @Param('slug') slug: string,
    @OptionalActor() viewer: Actor | null,
    @Res() response: Response,
  ): Promise<void> {
    const { letter } = await this.policy.readableWhere(this.dataSource.manager, viewer, { slug });
    const { signatories, anonymousCount }: PublicSignatories = await this.signatories.all(letter.id);
    const rows = signatories.map((s) => [
      s.displayName,
      s.country ?? '',
      s.organisationSlug,
      s.lead ? 'yes' : 'no',
      s.signedAt.toISOString(),
      // The badge with the domain it stands for: a display name alone proves nothing.
      s.verifiedDomain ?? '',
    ]);
    // Like the PDF: a letter the public may not read (PRIVATE, a DRAFT, under embargo) no cache keeps.
    if (!isPublicNow(letter)) response.setHeader('Cache-Control', 'private, no-store');
    response
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="${letter.slug}-signatories.csv"`)
      .setHeader('X-Anonymous-Signatories', String(anonymousCount))
      .send(toCsv(['name', 'country', 'organisation', 'lead', 'signed_at', 'verified_domain'], rows));
  }
}
