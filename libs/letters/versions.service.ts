import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTwoFilesPatch } from 'diff';
import { DataSource, In } from 'typeorm';
import DataLoader from 'dataloader';
import {
  badInput,
  byKeys,
  invalidState,
  loaderFor,
  notFound,
  type Actor,
  type RequestContext,
} from '@undersigned/common';
import { contentHash } from './content-hash';
import { editSize, MINOR_EDIT_MAX_CHANGED } from './minor-edit';
import type { ReviseLetterInput } from './dto/letter.inputs';
import type { LetterObject } from './dto/letter.object';
import { toLetterVersionObject, type LetterVersionObject } from './dto/letter-version.object';
import { LetterStatus } from './letter-status';
import { LetterVersion } from './letter-version.entity';
import { RevisionHooks } from './revision-hooks';
import { Letter } from './letter.entity';
import { isParticipant, LetterPolicy } from './letter.policy';

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
    private readonly hooks: RevisionHooks,
  ) {}

  /** Adds the next version; versions are never edited. */
  async revise(actor: Actor, input: ReviseLetterInput): Promise<LetterVersionObject> {
    const { version, afterCommit } = await this.dataSource.transaction(async (manager) => {
      const letter = await this.policy.requireLead(manager, actor, input.letterId);
      if (letter.status !== LetterStatus.DRAFT && letter.status !== LetterStatus.OPEN) {
        throw invalidState(`A ${letter.status} letter can no longer be revised`);
      }
      const previous = await manager.findOneOrFail(LetterVersion, {
        where: { letterId: letter.id, number: letter.currentVersion },
      });
      const title = input.title ?? previous.title;
      const hash = contentHash(title, input.body);
      if (hash === previous.contentHash) throw badInput('The text is unchanged');
      if (!input.material) {
        // Minor is measured, not declared: signatures stay only across edits anyone would call minor.
        const size = editSize(previous, { title, body: input.body });
        if (!size.minor) {
          throw badInput(
            size.digitChanged
              ? 'A minor edit may not change a digit: revise with material: true'
              : `A minor edit changes at most ${MINOR_EDIT_MAX_CHANGED} characters: revise with material: true`,
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
      const revision: Revision = {
        letter: { ...letter, currentVersion: created.number, title },
        previous,
        version: created,
      };
      return { version: created, afterCommit: await this.hooks.run(manager, revision) };
    });
    for (const then of afterCommit) then();
    return toLetterVersionObject(version);
  }

  /** Versions the viewer may see: all for leads; for the public, those since the letter opened. */
  async visibleVersions(letters: readonly LetterObject[]): Promise<LetterVersion[]> {
    const ids = letters.map((l) => l.id);
    const versions = await this.dataSource.getRepository(LetterVersion).find({
      where: { letterId: In(ids) },
      order: { number: 'ASC' },
    });
    const first = new Map(letters.map((l) => [l.id, isParticipant(l.access) ? 1 : (l.openedVersion ?? Infinity)]));
    return versions.filter((v) => v.number >= (first.get(v.letterId) ?? Infinity));
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

/** Diff tools expect text files to end with a newline; without it every last line differs. */
function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The unified diff of two versions' bodies: shown by `Letter.diff` and mailed to signatories. */
export function versionDiff(from: LetterVersion, to: LetterVersion): string {
  return createTwoFilesPatch(
    `version ${from.number}`,
    `version ${to.number}`,
    withNewline(from.body),
    withNewline(to.body),
    '',
    '',
    {
      context: 3,
    },
  );
}
