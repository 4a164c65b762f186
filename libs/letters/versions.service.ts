import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import DataLoader from 'dataloader';
import {
  APP_CONFIG,
  badInput,
  byKeys,
  DomainError,
  ErrorCode,
  invalidState,
  loaderFor,
  notFound,
  type Actor,
  type AppConfig,
  type RequestContext,
} from '@undersigned/common';
import { contentHash } from './content-hash';
import { minorEditCheck } from './minor-edit';
import { versionDiff } from './version-diff';
import type { ReviseLetterInput } from './dto/letter.inputs';
import type { LetterObject } from './dto/letter.object';
import { toLetterVersionObject, type LetterVersionObject } from './dto/letter-version.object';
import { LetterStatus } from './letter-status';
import { LetterVersion } from './letter-version.entity';
import { RevisionHooksService } from './revision-hooks.service';
import { Letter } from './letter.entity';
import { isParticipant, LetterPolicy } from './letter.policy';
import { TranslationsService } from './translations.service';

/** What a revision changed, for whoever reacts to it (endorsements, notifications). */
export interface Revision {
  letter: Letter;
  previous: LetterVersion;
  version: LetterVersion;
}

@Injectable()
export class VersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: LetterPolicy,
    private readonly hooks: RevisionHooksService,
    private readonly translations: TranslationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Adds the next version; versions are never edited. */
  async revise(actor: Actor, input: ReviseLetterInput): Promise<LetterVersionObject> {
    const version = await this.dataSource.transaction(async (manager) => {
      const letter = await this.policy.requireLead(manager, actor, input.letterId);
      if (letter.status !== LetterStatus.DRAFT && letter.status !== LetterStatus.OPEN) {
        throw invalidState(`A ${letter.status} letter can no longer be revised`);
      }
      // Each revision of an open letter mails its signatories and supporters: a lead cannot revise
      // without end (counted under the letter's lock, in PostgreSQL, so across processes).
      if (letter.status === LetterStatus.OPEN) {
        const [{ n }] = (await manager.query(
          `SELECT count(*)::int AS n FROM letter_versions WHERE letter_id = $1 AND created_at > now() - interval '1 day'`,
          [letter.id],
        )) as { n: number }[];
        if (n >= this.config.letterRevisionsPerDay) {
          throw new DomainError(
            ErrorCode.RATE_LIMITED,
            `An open letter may be revised at most ${this.config.letterRevisionsPerDay} times a day: try again tomorrow`,
          );
        }
      }
      const previous = await manager.findOneOrFail(LetterVersion, {
        where: { letterId: letter.id, number: letter.currentVersion },
      });
      const title = input.title ?? previous.title;
      const hash = contentHash(title, input.body);
      if (hash === previous.contentHash) throw badInput('The text is unchanged');
      if (!input.material) {
        // Minor is measured, not declared: signatures stay only across edits anyone would call minor.
        const check = await minorEditCheck(previous, { title, body: input.body });
        if (!check.minor) {
          throw badInput(
            `Not a minor edit: ${check.reason}. Revise with material: true, which asks every signatory again`,
          );
        }
      }
      const created = await manager.save(
        manager.create(LetterVersion, {
          letterId: letter.id,
          number: previous.number + 1,
          title,
          body: input.body,
          contentHash: hash,
          material: input.material,
          note: input.note || null,
          authorId: actor.userId,
        }),
      );
      await manager.update(Letter, { id: letter.id }, { currentVersion: created.number, title });
      // Under the lock every translation's writer takes: none is approved on the text just replaced.
      if (created.material) await this.translations.outdateAll(manager, letter.id);
      const revision: Revision = {
        letter: { ...letter, currentVersion: created.number, title },
        previous,
        version: created,
      };
      await this.hooks.run(manager, revision);
      return created;
    });
    return toLetterVersionObject(version);
  }

  /**
   * Versions the viewer may see, the first `limit` of each letter: all for leads; for the public,
   * those since the letter opened.
   */
  async visibleVersions(letters: readonly LetterObject[], limit: number): Promise<LetterVersion[]> {
    const ids = letters.map((l) => l.id);
    const minimums = letters.map((l) => (isParticipant(l.access) ? 1 : (l.openedVersion ?? 2_147_483_647)));
    return this.dataSource
      .getRepository(LetterVersion)
      .createQueryBuilder('v')
      .where(
        `v.id IN (SELECT ranked.id FROM (SELECT lv.id, row_number() OVER (PARTITION BY lv.letter_id ORDER BY lv.number)
           AS rank FROM letter_versions lv JOIN unnest(:ids::uuid[], :minimums::int[]) AS m(letter_id, minimum)
           ON m.letter_id = lv.letter_id AND lv.number >= m.minimum) ranked WHERE ranked.rank <= :limit)`,
        { ids, minimums, limit },
      )
      .orderBy('v.number', 'ASC')
      .getMany();
  }

  /** A unified diff of the bodies of two versions the viewer may see. */
  async diff(letter: LetterObject, fromNumber: number, toNumber: number): Promise<string> {
    const minimum = isParticipant(letter.access) ? 1 : (letter.openedVersion ?? Infinity);
    const versions = await this.dataSource.getRepository(LetterVersion).find({
      where: { letterId: letter.id, number: In([fromNumber, toNumber]) },
    });
    const from = versions.find((v) => v.number === fromNumber && v.number >= minimum);
    const to = versions.find((v) => v.number === toNumber && v.number >= minimum);
    if (!from || !to) throw notFound('Version');
    return versionDiff(from, to);
  }

  async byId(versionId: string): Promise<LetterVersion | null> {
    return this.dataSource.getRepository(LetterVersion).findOne({ where: { id: versionId } });
  }

  async byIds(ids: readonly string[]): Promise<LetterVersion[]> {
    return this.dataSource.getRepository(LetterVersion).find({ where: { id: In([...ids]) } });
  }

  /** A version by id, batched per request; for nested `version` fields (of a comment, an endorsement). */
  async load(context: RequestContext, versionId: string): Promise<LetterVersionObject> {
    const loader = loaderFor(
      context,
      'versionById',
      () => new DataLoader(async (ids: readonly string[]) => byKeys(ids, await this.byIds(ids), (v) => v.id)),
    );
    const version = await loader.load(versionId);
    if (!version) throw new Error(`version ${versionId} is missing`);
    return toLetterVersionObject(version);
  }

  async current(letters: readonly { id: string; currentVersionNumber: number }[]): Promise<LetterVersion[]> {
    if (!letters.length) return [];
    return this.dataSource
      .getRepository(LetterVersion)
      .createQueryBuilder('v')
      .where('(v.letter_id, v.number) IN (SELECT * FROM unnest(:ids::uuid[], :numbers::int[]))', {
        ids: letters.map((l) => l.id),
        numbers: letters.map((l) => l.currentVersionNumber),
      })
      .getMany();
  }
}
