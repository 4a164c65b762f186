import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Allow, APP_CONFIG, isUuid, notFound, Permission, type AppConfig } from '@undersigned/common';
import { LetterVersion } from '@undersigned/letters';
import { verifyUrl } from './dto/edition.object';
import { Edition } from './edition.entity';
import { badgeText, escapeHtml, renderMarkdown, unnamedSentence } from './render/letter-renderer';

/** What GET /verify/:editionId answers, as JSON or as a page. */
export interface EditionVerification {
  id: string;
  title: string;
  text: string;
  /** The display names, in the delivered order: what the edition hash covers. */
  signatories: string[];
  /** The same signatories with the domain each verified badge stands for (not part of the hash). */
  signatoryDetails: { displayName: string; lead: boolean; verified: boolean; verifiedDomain: string | null }[];
  unnamedCount: number;
  supporterCount: number;
  contentHash: string;
  editionHash: string;
  deliveredAt: string;
  verifyUrl: string;
}

/**
 * The page the QR code of a delivered PDF opens: anyone holding the edition's (random) id may check,
 * without an account, that the text and the named signatories are those delivered. It is served
 * for private letters too: holding the id is holding the PDF.
 */
@Controller()
export class VerificationController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('verify/:editionId')
  @Allow(Permission.PUBLIC)
  async verify(
    @Param('editionId') editionId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const edition = isUuid(editionId)
      ? await this.dataSource.getRepository(Edition).findOneBy({ id: editionId })
      : null;
    if (!edition) throw notFound('Edition');
    const version = await this.dataSource.getRepository(LetterVersion).findOneByOrFail({ id: edition.versionId });
    const facts: EditionVerification = {
      id: edition.id,
      title: version.title,
      text: version.body,
      signatories: edition.signatories.map((s) => s.displayName),
      signatoryDetails: edition.signatories.map((s) => ({
        displayName: s.displayName,
        lead: s.lead,
        verified: s.verified ?? false,
        verifiedDomain: s.verified ? (s.verifiedDomain ?? s.organisation?.verifiedDomain ?? null) : null,
      })),
      unnamedCount: edition.anonymousCount,
      supporterCount: edition.supporterCount,
      contentHash: version.contentHash,
      editionHash: edition.editionHash,
      deliveredAt: edition.deliveredAt.toISOString(),
      verifyUrl: verifyUrl(this.config.publicUrl, edition.id),
    };
    response.setHeader('Cache-Control', 'no-store').setHeader('Vary', 'Accept');
    if (request.accepts(['html', 'json']) === 'json') {
      response.status(200).json(facts);
      return;
    }
    response.status(200).type('text/html; charset=utf-8').send(verificationPage(facts));
  }
}

function verificationPage(facts: EditionVerification): string {
  const canonical = JSON.stringify({
    contentHash: facts.contentHash,
    signatories: facts.signatories,
    supporterCount: facts.supporterCount,
    unnamedCount: facts.unnamedCount,
  });
  const names = facts.signatoryDetails
    .map((s) => `<li><bdi>${escapeHtml(s.displayName)}</bdi>${escapeHtml(badgeText(s))}</li>`)
    .join('');
  const unnamed = unnamedSentence(facts.unnamedCount);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<title>Verify: ${escapeHtml(facts.title)}</title></head><body>
<p>This is the letter as delivered on ${escapeHtml(facts.deliveredAt.slice(0, 10))} (${escapeHtml(facts.deliveredAt)}).</p>
<h1 dir="auto">${escapeHtml(facts.title)}</h1>
<article>${renderMarkdown(facts.text)}</article>
<h2>Signatories (${facts.signatories.length} named)</h2>
<ol>${names}</ol>
<p>Unnamed signatories: ${facts.unnamedCount}${unnamed ? ` (${escapeHtml(unnamed)})` : ''}. Supporters: ${facts.supporterCount}.</p>
<h2>Hashes</h2>
<dl><dt>Content hash (SHA-256 of the text)</dt><dd><code>${escapeHtml(facts.contentHash)}</code></dd>
<dt>Edition hash (SHA-256 of the JSON below, as printed on every page of the PDF)</dt><dd><code>${escapeHtml(facts.editionHash)}</code></dd></dl>
<pre style="white-space: pre-wrap">${escapeHtml(canonical)}</pre>
</body></html>`;
}
