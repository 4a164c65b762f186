import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, IsNull, Not } from 'typeorm';
import {
  assertUuid,
  badInput,
  decodeCursor,
  DomainError,
  ErrorCode,
  invalidState,
  notFound,
  toConnection,
  withRandomSlug,
  type Actor,
  type ConnectionShape,
} from '@undersigned/common';
import { LEAD_ROLES, Organisation, OrganisationPolicy, OrganisationRole } from '@undersigned/organisations';
import { contentHash } from './content-hash';
import type { CreateLetterInput, LettersArgs } from './dto/letter.inputs';
import { toLetterObject, type LetterObject } from './dto/letter.object';
import { LetterLead } from './letter-lead.entity';
import { LetterStatus } from './letter-status';
import { LetterVersion } from './letter-version.entity';
import { Letter } from './letter.entity';
import { LetterAccess, LetterPolicy } from './letter.policy';
import { LetterPublicationService } from './letter-publication.service';

/** The original's language when the lead names none. */
export const DEFAULT_LETTER_LANGUAGE = 'en';

@Injectable()
export class LettersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: LetterPolicy,
    private readonly organisations: OrganisationPolicy,
    private readonly publication: LetterPublicationService,
  ) {}

  /** An OWNER or COORDINATOR of the lead organisation creates the letter and its version 1. */
  async create(actor: Actor, input: CreateLetterInput): Promise<LetterObject> {
    const now = Date.now();
    if (input.endorsementDeadline && input.endorsementDeadline.getTime() <= now) {
      throw badInput('endorsementDeadline must be in the future');
    }
    if (input.deliverBy && input.deliverBy.getTime() <= now) throw badInput('deliverBy must be in the future');
    LetterPublicationService.check(input.visibility, input.publishAt);
    return withRandomSlug(input.title, 'letter', 'letters_slug_key', (slug) =>
      this.dataSource.transaction(async (manager) => {
        await this.organisations.requireRole(manager, actor, input.leadOrganisationId, LEAD_ROLES);
        const letter = await manager.save(
          manager.create(Letter, {
            slug,
            title: input.title,
            status: LetterStatus.DRAFT,
            visibility: input.visibility,
            language: input.language ?? DEFAULT_LETTER_LANGUAGE,
            endorsementDeadline: input.endorsementDeadline ?? null,
            deliverBy: input.deliverBy ?? null,
            publishAt: input.publishAt ?? null,
            currentVersion: 1,
            createdById: actor.userId,
          }),
        );
        await manager.insert(LetterLead, {
          letterId: letter.id,
          organisationId: input.leadOrganisationId,
          position: 1,
          acceptedAt: new Date(),
          addedById: actor.userId,
        });
        await manager.insert(LetterVersion, {
          letterId: letter.id,
          number: 1,
          title: input.title,
          body: input.body,
          contentHash: contentHash(input.title, input.body),
          material: true,
          note: null,
          authorId: actor.userId,
        });
        await this.publication.scheduled(manager, letter);
        return toLetterObject(letter, LetterAccess.LEAD);
      }),
    );
  }

  /** The letter if the viewer may see it; NOT_FOUND alike for unknown and hidden letters. */
  async findOne(viewer: Actor | null, id?: string | null, slug?: string | null): Promise<LetterObject> {
    if ((id ? 1 : 0) + (slug ? 1 : 0) !== 1) throw badInput('Give exactly one of id and slug');
    const { letter, access } = await this.policy.readableWhere(
      this.dataSource.manager,
      viewer,
      id ? { id: assertUuid(id) } : { slug: slug as string },
    );
    return toLetterObject(letter, access);
  }

  /**
   * The letter an invitation is about, for whoever holds the invitation (its mail named the
   * letter): while the invitation stands, at least what the public would see of it; once declined
   * or expired, only what the viewer may see without it.
   */
  async forInvitee(viewer: Actor | null, letterId: string, standing: boolean): Promise<LetterObject> {
    const letter = await this.dataSource.manager.findOneOrFail(Letter, { where: { id: letterId } });
    const access = await this.policy.access(this.dataSource.manager, viewer, letter);
    if (access !== LetterAccess.NONE) return toLetterObject(letter, access);
    if (!standing) throw notFound('Letter');
    return toLetterObject(letter, LetterAccess.PUBLIC);
  }

  /** The letters the viewer may see, newest first. */
  async list(viewer: Actor | null, args: LettersArgs): Promise<ConnectionShape<LetterObject>> {
    const query = this.dataSource.getRepository(Letter).createQueryBuilder('l');
    query.where(viewer ? LetterPolicy.VISIBLE_SQL : LetterPolicy.PUBLIC_SQL, viewer ? { viewerId: viewer.userId } : {});
    if (args.status) query.andWhere('l.status = :status', { status: args.status });
    if (args.organisationId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM letter_leads fl WHERE fl.letter_id = l.id AND fl.accepted_at IS NOT NULL AND fl.organisation_id = :organisationId)',
        { organisationId: args.organisationId },
      );
    }
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2);
      if (typeof createdAt !== 'string' || typeof id !== 'string') throw badInput('Invalid cursor');
      assertUuid(id, 'cursor');
      query.andWhere(
        new Brackets((q) =>
          q
            .where('l.created_at < :createdAt', { createdAt })
            .orWhere('(l.created_at = :createdAt AND l.id < :id)', { id }),
        ),
      );
    }
    const rows = await query
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .take(args.first + 1)
      .getMany();
    const access = viewer
      ? await this.policy.accessOf(
          this.dataSource.manager,
          viewer,
          rows.map((l) => l.id),
        )
      : new Map<string, LetterAccess>();
    return toConnection(
      rows,
      args.first,
      totalCount,
      (l) => [l.createdAt.toISOString(), l.id],
      (l) => toLetterObject(l, access.get(l.id) ?? LetterAccess.PUBLIC),
    );
  }

  /** A lead OWNER proposes another organisation as co-lead; it counts once its OWNER accepts. */
  async addCoLead(actor: Actor, letterId: string, organisationId: string): Promise<LetterObject> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await this.policy.requireLead(manager, actor, letterId);
      if (!(await this.policy.isLeadOwner(manager, actor, letterId))) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'Only an OWNER of a lead organisation can add co-leads');
      }
      if (letter.status === LetterStatus.DELIVERED) throw invalidState('The letter has been delivered');
      if (!(await manager.exists(Organisation, { where: { id: organisationId } }))) throw notFound('Organisation');
      if (await manager.exists(LetterLead, { where: { letterId, organisationId } })) {
        throw new DomainError(ErrorCode.CONFLICT, 'This organisation is already a lead or invited to be one');
      }
      const last = await manager
        .getRepository(LetterLead)
        .createQueryBuilder('ll')
        .select('COALESCE(MAX(ll.position), 0)', 'max')
        .where('ll.letter_id = :letterId', { letterId })
        .getRawOne<{ max: number }>();
      await manager.insert(LetterLead, {
        letterId,
        organisationId,
        position: Number(last?.max ?? 0) + 1,
        acceptedAt: null,
        addedById: actor.userId,
      });
      return toLetterObject(letter, LetterAccess.LEAD);
    });
  }

  /** The invited organisation's OWNER accepts; its members then see and work on the letter. */
  async acceptCoLead(actor: Actor, letterId: string, organisationId: string): Promise<LetterObject> {
    return this.dataSource.transaction(async (manager) => {
      const lead = await manager
        .getRepository(LetterLead)
        .createQueryBuilder('ll')
        .setLock('pessimistic_write')
        .where('ll.letter_id = :letterId AND ll.organisation_id = :organisationId', { letterId, organisationId })
        .getOne();
      const role = lead ? await this.organisations.actingRoleOf(manager, actor, organisationId) : null;
      // Only the invited organisation's members learn that the proposal exists.
      if (!lead || !role) throw notFound('Co-lead invitation');
      if (role !== OrganisationRole.OWNER) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'Only an OWNER of the organisation can accept');
      }
      if (!lead.acceptedAt) {
        await manager.update(LetterLead, { letterId, organisationId }, { acceptedAt: new Date() });
      }
      const letter = await manager.findOneOrFail(Letter, { where: { id: letterId } });
      return toLetterObject(letter, LetterAccess.LEAD);
    });
  }

  /** Accepted lead organisations of each letter, in lead order. */
  async leadsOf(letterIds: readonly string[]): Promise<(LetterLead & { organisation: Organisation })[]> {
    return this.dataSource.getRepository(LetterLead).find({
      where: { letterId: In([...letterIds]), acceptedAt: Not(IsNull()) },
      relations: { organisation: true },
      order: { position: 'ASC' },
    }) as Promise<(LetterLead & { organisation: Organisation })[]>;
  }
}
