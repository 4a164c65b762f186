import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, type SelectQueryBuilder } from 'typeorm';
import {
  assertUuid,
  badInput,
  decodeCursor,
  forbidden,
  nameSkeleton,
  toConnection,
  type Actor,
  withUniqueSlug,
  type ConnectionShape,
} from '@undersigned/common';
import { getDomain } from 'tldts';
import { User } from '@undersigned/accounts';
import { normaliseCountry } from './country';
import type { CreateOrganisationInput } from './dto/create-organisation.input';
import { toOrganisationObject, type OrganisationObject } from './dto/organisation.object';
import type { OrganisationsArgs } from './dto/organisations.args';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';
import { OrganisationRole } from './organisation-role';
import { requireNameFreeOfVerified, requireNameNotVerified } from './verified-names';
import { OrganisationPolicy } from './organisation.policy';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Mail providers anyone can have an address at: an address there proves nothing about an
 * organisation whose website is the provider's own.
 */
const SHARED_MAIL_DOMAINS = new Set([
  '163.com',
  'aol.com',
  'fastmail.com',
  'gmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'googlemail.com',
  'hotmail.com',
  'icloud.com',
  'live.com',
  'mail.com',
  'mail.ru',
  'me.com',
  'msn.com',
  'outlook.com',
  'proton.me',
  'protonmail.com',
  'qq.com',
  'tutanota.com',
  'web.de',
  'yahoo.com',
  'yandex.com',
  'yandex.ru',
]);

/**
 * The domain an organisation's website stands for: its host without a leading `www.`, provided
 * the host is under a registrable domain (not a public suffix such as `co.uk`, by the Public
 * Suffix List), is not a shared mail provider's, and the address names no user (`a.org@b.org`).
 */
export function websiteDomain(website: string): string | null {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(website) ? website : `https://${website}`);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const domain = url.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  // Private suffixes count too: nobody speaks for all of github.io.
  const registrable = getDomain(domain, { allowPrivateDomains: true });
  if (!registrable || SHARED_MAIL_DOMAINS.has(registrable)) return null;
  return domain;
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: OrganisationPolicy,
  ) {}

  /**
   * Creates the organisation with the caller as its first OWNER. A name that would be taken for a
   * verified organisation's (nameSkeleton), or contains one as whole words, or reads like the
   * verified badge (requireNameFreeOfVerified) is refused: its members sign as that organisation.
   */
  async create(actor: Actor, input: CreateOrganisationInput): Promise<OrganisationObject> {
    const country = input.country ? normaliseCountry(input.country) : null;
    const skeleton = nameSkeleton(input.name);
    return withUniqueSlug(input.name, 'organisation', 'organisations_slug_key', (slug) =>
      this.dataSource.transaction(async (manager) => {
        // Nor may it read like the badge, or carry a verified organisation's name inside it.
        await requireNameFreeOfVerified(manager, input.name, null);
        await requireNameNotVerified(manager, skeleton, null);
        const organisation = await manager.save(
          manager.create(Organisation, {
            slug,
            name: input.name,
            nameSkeleton: skeleton,
            country,
            website: input.website || null,
            description: input.description || null,
          }),
        );
        await manager.insert(Membership, {
          organisationId: organisation.id,
          userId: actor.userId,
          role: OrganisationRole.OWNER,
        });
        return toOrganisationObject(organisation);
      }),
    );
  }

  /**
   * Marks the organisation verified when the calling OWNER's verified email is at its website's
   * domain (or a subdomain of it): someone who can receive mail there speaks for it.
   */
  async verifyDomain(actor: Actor, organisationId: string): Promise<OrganisationObject> {
    return this.dataSource.transaction(async (manager) => {
      await this.policy.requireRole(manager, actor, organisationId, [OrganisationRole.OWNER], true);
      const organisation = await manager.findOneByOrFail(Organisation, { id: organisationId });
      const domain = organisation.website ? websiteDomain(organisation.website) : null;
      if (!domain) {
        throw badInput(
          "The organisation's website must be its own domain (not a public suffix or a mail provider's) to be verified",
        );
      }
      const user = await manager.findOneByOrFail(User, { id: actor.userId });
      const mailDomain = user.email.slice(user.email.lastIndexOf('@') + 1);
      if (!user.emailVerifiedAt || (mailDomain !== domain && !mailDomain.endsWith(`.${domain}`))) {
        throw forbidden(`Sign in with a verified email address at ${domain} to verify this organisation`);
      }
      // Two verified organisations taken for one another would make the badge mean nothing.
      organisation.nameSkeleton = nameSkeleton(organisation.name);
      await requireNameNotVerified(manager, organisation.nameSkeleton, organisation.id);
      organisation.verifiedDomain = domain;
      await manager.save(organisation);
      return toOrganisationObject(organisation);
    });
  }

  /**
   * An OWNER requires (or stops requiring) two-factor sign-in, or a passkey sign-in, from the members
   * who act for it; a setting left out (null) stays as it is.
   */
  async setSecurity(
    actor: Actor,
    organisationId: string,
    settings: { requireTwoFactor?: boolean | null; requirePhishingResistant?: boolean | null },
  ): Promise<OrganisationObject> {
    const changes: Partial<Pick<Organisation, 'requireTwoFactor' | 'requirePhishingResistant'>> = {};
    if (settings.requireTwoFactor != null) changes.requireTwoFactor = settings.requireTwoFactor;
    if (settings.requirePhishingResistant != null) changes.requirePhishingResistant = settings.requirePhishingResistant;
    if (!Object.keys(changes).length) throw badInput('Give requireTwoFactor, requirePhishingResistant or both');
    return this.dataSource.transaction(async (manager) => {
      await this.policy.requireRole(manager, actor, organisationId, [OrganisationRole.OWNER], true);
      await manager.update(Organisation, { id: organisationId }, changes);
      return toOrganisationObject(await manager.findOneByOrFail(Organisation, { id: organisationId }));
    });
  }

  /** An organisation of the directory (one with members: see `listed`), by id or slug. */
  async findOne(id: string | null | undefined, slug: string | null | undefined): Promise<OrganisationObject | null> {
    if ((id ? 1 : 0) + (slug ? 1 : 0) !== 1) throw badInput('Give exactly one of id and slug');
    const query = listed(this.dataSource.getRepository(Organisation).createQueryBuilder('o'));
    if (id) query.andWhere('o.id = :id', { id: assertUuid(id) });
    else query.andWhere('o.slug = :slug', { slug });
    const organisation = await query.getOne();
    return organisation ? toOrganisationObject(organisation) : null;
  }

  async byIds(ids: readonly string[]): Promise<Organisation[]> {
    return this.dataSource.getRepository(Organisation).find({ where: { id: In([...ids]) } });
  }

  /** Organisations by name, with an optional name search and country filter; keyset-paginated. */
  async list(args: OrganisationsArgs): Promise<ConnectionShape<OrganisationObject>> {
    const query = listed(this.dataSource.getRepository(Organisation).createQueryBuilder('o'));
    if (args.search) query.andWhere("o.name ILIKE :search ESCAPE '\\'", { search: `%${escapeLike(args.search)}%` });
    if (args.country) {
      const country = normaliseCountry(args.country) ?? args.country;
      query.andWhere('lower(o.country) = lower(:country)', { country });
    }
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2);
      if (typeof name !== 'string' || typeof id !== 'string') throw badInput('Invalid cursor');
      assertUuid(id, 'cursor');
      query.andWhere(
        new Brackets((q) => q.where('o.name > :name', { name }).orWhere('(o.name = :name AND o.id > :id)', { id })),
      );
    }
    const rows = await query
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .take(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, totalCount, (o) => [o.name, o.id], toOrganisationObject);
  }
}

/**
 * The directory lists organisations with members only. One without members was created by a guest
 * signing from an invitation mail (MemberlessOrganisationsService), in the transaction of its
 * signature: listed, an organisation that signed unnamed would be named by its appearance (and the
 * moment of it). It is listed once someone verifies an account at the address it signed from.
 */
function listed(query: SelectQueryBuilder<Organisation>): SelectQueryBuilder<Organisation> {
  return query.andWhere('EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id)');
}
