import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Allow, APP_CONFIG, isUuid, notFound, Permission, type AppConfig } from '@undersigned/common';
import { byLanguage, Letter, LetterVersion } from '@undersigned/letters';
import { toEditionTranslationObject, verifyUrl, type EditionTranslationObject } from './dto/edition.object';
import { canonicalEditionJson } from './edition-hash';
import { EditionTranslation } from './edition-translation.entity';
import { Edition, type EditionMinorEdit } from './edition.entity';
import { badgeHtml, escapeHtml, unnamedSentence } from './render/letter-renderer';
import { answeredBusy } from './render/render-busy';
import { VerificationArticlesCache } from './verification-articles.cache';

/** What GET /verify/:editionId answers, as JSON or as a page. */
export interface EditionVerification {
  id: string;
  title: string;
  text: string;
  /** The display names, in the delivered order: what the edition hash covers. */
  signatories: string[];
  /** For each named signatory, in the same order: the version it signed and the minor edits it accepted since. */
  signatoryVersions: SignatoryVersion[];
  /** The minor edits made after the earliest version a named signatory signed, with their diffs. */
  minorEdits: EditionMinorEdit[];
  /** The same signatories with the domain each verified badge stands for (not part of the hash). */
  signatoryDetails: { displayName: string; lead: boolean; verified: boolean; verifiedDomain: string | null }[];
  unnamedCount: number;
  supporterCount: number;
  contentHash: string;
  /** The translations APPROVED at delivery, by language: their hashes are part of the edition hash. */
  translations: EditionTranslationObject[];
  editionHash: string;
  deliveredAt: string;
  verifyUrl: string;
}

export interface SignatoryVersion {
  displayName: string;
  /** Null for editions delivered before the version was recorded. */
  signedVersion: number | null;
  contentHash: string;
  minorEditsSince: number[];
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
    private readonly articles: VerificationArticlesCache,
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
    const { slug } = await this.dataSource.getRepository(Letter).findOneByOrFail({ id: edition.letterId });
    const translations = (
      await this.dataSource.getRepository(EditionTranslation).findBy({ letterId: edition.letterId })
    ).sort(byLanguage);
    const facts: EditionVerification = {
      id: edition.id,
      title: version.title,
      text: version.body,
      signatories: edition.signatories.map((s) => s.displayName),
      signatoryVersions: edition.signatories.map((s) => ({
        displayName: s.displayName,
        signedVersion: s.signedVersion ?? null,
        contentHash: s.contentHash ?? version.contentHash,
        minorEditsSince: (edition.minorEdits ?? [])
          .filter((edit) => s.signedVersion !== undefined && edit.version > s.signedVersion)
          .map((edit) => edit.version),
      })),
      minorEdits: edition.minorEdits ?? [],
      signatoryDetails: edition.signatories.map((s) => ({
        displayName: s.displayName,
        lead: s.lead,
        verified: s.verified ?? false,
        verifiedDomain: s.verified ? (s.verifiedDomain ?? s.organisation?.verifiedDomain ?? null) : null,
      })),
      unnamedCount: edition.anonymousCount,
      supporterCount: edition.supporterCount,
      contentHash: version.contentHash,
      translations: translations.map((t) => toEditionTranslationObject(t, this.config.publicUrl, slug)),
      editionHash: edition.editionHash,
      deliveredAt: edition.deliveredAt.toISOString(),
      verifyUrl: verifyUrl(this.config.publicUrl, edition.id),
    };
    response.setHeader('Cache-Control', 'no-store').setHeader('Vary', 'Accept');
    if (request.accepts(['html', 'json']) === 'json') {
      response.status(200).json(facts);
      return;
    }
    let article: string;
    try {
      article = await this.articles.html(version.contentHash, version.body);
    } catch (error) {
      if (answeredBusy(error, response)) return;
      throw error;
    }
    response.status(200).type('text/html; charset=utf-8').send(verificationPage(facts, article));
  }
}

/** The page, `article` being the delivered text rendered from Markdown. */
function verificationPage(facts: EditionVerification, article: string): string {
  const canonical = canonicalEditionJson(facts);
  const names = facts.signatoryDetails
    .map(
      (s, i) =>
        `<li><bdi>${escapeHtml(s.displayName)}</bdi>${badgeHtml(s)}${signedWhat(facts.signatoryVersions[i])}</li>`,
    )
    .join('');
  const edits = facts.minorEdits
    .map(
      (edit) =>
        `<h3>Version ${edit.version} (${escapeHtml(edit.editedAt.slice(0, 10))})</h3>` +
        `<p>Content hash: <code>${escapeHtml(edit.contentHash)}</code>${edit.note ? ` · Note: <span dir="auto">${escapeHtml(edit.note)}</span>` : ''}</p>` +
        `<pre style="white-space: pre-wrap" dir="auto">${escapeHtml(edit.diff)}</pre>`,
    )
    .join('');
  const minor = facts.minorEdits.length
    ? `<h2>Minor edits after signing</h2><p>Typo fixes, case and punctuation, accepted by the signatories who agreed to minor edits; each shown against the version before it as [-removed-]{+added+}.</p>${edits}`
    : '';
  const translated = facts.translations.length
    ? `<h2>Translations</h2><p>For reading: the text above is the one signed.</p><ul>${facts.translations
        .map(
          (t) =>
            `<li>${escapeHtml(t.language)}: <code>${escapeHtml(t.contentHash)}</code> · <a href="${escapeHtml(t.pdfUrl)}">PDF</a></li>`,
        )
        .join('')}</ul>`
    : '';
  const unnamed = unnamedSentence(facts.unnamedCount);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<title>Verify: ${escapeHtml(facts.title)}</title></head><body>
<p>This is the letter as delivered on ${escapeHtml(facts.deliveredAt.slice(0, 10))} (${escapeHtml(facts.deliveredAt)}).</p>
<h1 dir="auto">${escapeHtml(facts.title)}</h1>
<article>${article}</article>
<h2>Signatories (${facts.signatories.length} named)</h2>
<ol>${names}</ol>
<p>Unnamed signatories: ${facts.unnamedCount}${unnamed ? ` (${escapeHtml(unnamed)})` : ''}. Supporters: ${facts.supporterCount}.</p>
${minor}
${translated}
<h2>Hashes</h2>
<dl><dt>Content hash (SHA-256 of the text)</dt><dd><code>${escapeHtml(facts.contentHash)}</code></dd>
<dt>Edition hash (SHA-256 of the JSON below, as printed on every page of the PDF)</dt><dd><code>${escapeHtml(facts.editionHash)}</code></dd></dl>
<pre style="white-space: pre-wrap">${escapeHtml(canonical)}</pre>
</body></html>`;
}

/** ", signed version 2; minor edits since: version 3, 4" beside a signatory's name. */
function signedWhat(s: SignatoryVersion): string {
  if (s.signedVersion === null) return '';
  const since = s.minorEditsSince.length
    ? `; minor edits since: version ${s.minorEditsSince.join(', ')}`
    : '; the delivered text';
  return ` — signed version ${s.signedVersion} (<code>${escapeHtml(s.contentHash.slice(0, 12))}…</code>)${since}`;
}
