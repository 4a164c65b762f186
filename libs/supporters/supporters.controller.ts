import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Allow, APP_CONFIG, CurrentActor, notFound, Permission, type Actor, type AppConfig } from '@undersigned/common';
import { CountsService, LetterReadCache, toCsv } from '@undersigned/endorsements';
import { LetterPolicy, publicNowSql } from '@undersigned/letters';
import { PetitionService } from './petition.service';
import { SupportersService } from './supporters.service';

interface PublicCount {
  letterId: string | null;
  body: { signed: number; supporters: number; goal: number | null } | null;
}

@Controller()
export class SupportersController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: LetterPolicy,
    private readonly countsService: CountsService,
    private readonly petitions: PetitionService,
    private readonly supporters: SupportersService,
    private readonly cache: LetterReadCache,
  ) {}

  /**
   * A public letter's counts for pages and widgets to poll: kept in this process until the counts
   * change (unknown slugs too, so made-up ones cost no more), and by any HTTP cache for a few seconds.
   */
  @Get('letters/:slug/count.json')
  @Allow(Permission.PUBLIC)
  async count(@Param('slug') slug: string, @Res() response: Response): Promise<void> {
    const key = slug.slice(0, 100); // no slug is longer: one entry however long the made-up one
    const { body } = await this.cache.getFound(
      ['count.json', key],
      () => this.loadCount(key),
      (count) => count.letterId,
    );
    if (!body) {
      response.setHeader('Cache-Control', 'no-store');
      throw notFound('Letter');
    }
    response
      .status(200)
      .setHeader('Cache-Control', `public, max-age=${this.config.publicCacheMaxAgeSeconds}`)
      .setHeader('Access-Control-Allow-Origin', '*')
      .json(body); // express adds the ETag, and answers 304 to a matching If-None-Match
  }

  private async loadCount(slug: string): Promise<PublicCount> {
    const [letter] = (await this.dataSource.query(
      `SELECT id, ${publicNowSql('l')} AS public FROM letters l WHERE slug = $1`,
      [slug],
    )) as { id: string; public: boolean }[];
    // A letter not public (yet) is kept by its id: when it publishes, the entry goes (LetterReadCache).
    if (!letter?.public) return { letterId: letter?.id ?? null, body: null };
    const [[counts], [petition]] = await Promise.all([
      this.countsService.forLetters([letter.id]),
      this.petitions.forLetters([letter.id]),
    ]);
    return {
      letterId: letter.id,
      body: { signed: counts.signed, supporters: counts.supporters, goal: petition?.settings.currentGoal ?? null },
    };
  }

  /** Leads' OWNERs and COORDINATORs: confirmed supporters with email and consent. */
  @Get('letters/:slug/supporters.csv')
  @Allow(Permission.AUTHENTICATED)
  async csv(@Param('slug') slug: string, @CurrentActor() actor: Actor, @Res() response: Response): Promise<void> {
    const { letter } = await this.policy.readableWhere(this.dataSource.manager, actor, { slug });
    await this.policy.requireLeadView(this.dataSource.manager, actor, letter.id);
    const rows = await this.supporters.csvRows(letter.id);
    response
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('Content-Disposition', `attachment; filename="${letter.slug}-supporters.csv"`)
      .send(
        toCsv(
          ['name', 'email', 'country', 'postcode', 'consented', 'consent_text', 'consented_at', 'confirmed_at'],
          rows.map((r) => [
            r.name ?? '',
            r.email ?? '',
            r.country ?? '',
            r.postcode ?? '',
            r.consented ? 'yes' : 'no',
            r.consented ? (r.consent_text ?? '') : '',
            r.consented_at?.toISOString() ?? '',
            r.confirmed_at.toISOString(),
          ]),
        ),
      );
  }
}
