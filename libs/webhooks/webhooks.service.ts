import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { decryptSecret, deriveKey, encryptSecret } from '@undersigned/accounts';
import {
  APP_CONFIG,
  badInput,
  DomainError,
  ErrorCode,
  invalidState,
  notFound,
  type Actor,
  type AppConfig,
} from '@undersigned/common';
import { OrganisationPolicy, OrganisationRole } from '@undersigned/organisations';
import {
  toWebhookDeliveryObject,
  toWebhookObject,
  type CreateWebhookInput,
  type WebhookCreatedObject,
  type WebhookDeliveryObject,
  type WebhookObject,
} from './dto/webhook.object';
import { parseWebhookUrl, RefusedAddressError, resolveTarget } from './network-guard';
import { newSigningKeyPair, newWebhookSecret, type SigningKeys } from './standard-webhooks';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { Webhook } from './webhook.entity';

/** Hooks one organisation may have: each event is signed and sent once per hook. */
export const MAX_WEBHOOKS_PER_ORGANISATION = 10;
/** How long a rotated secret still signs (a second v1), for receivers to move to the new one. */
export const PREVIOUS_SECRET_HOURS = 24;
/** Deliveries listed per hook at most. */
export const MAX_DELIVERIES_LISTED = 50;

/** Who manages an organisation's hooks (and sees them). */
const HOOK_ROLES = [OrganisationRole.OWNER, OrganisationRole.COORDINATOR];

/**
 * Organisations' webhooks: made, rotated and deleted by an OWNER or COORDINATOR acting for the
 * organisation (so also under its two-factor rule). Secrets and signing keys are kept encrypted
 * with a key derived from JWT_SECRET, like two-factor secrets.
 */
@Injectable()
export class WebhooksService {
  private readonly secretsKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisations: OrganisationPolicy,
  ) {
    this.secretsKey = deriveKey(config.jwtSecret, 'webhook secrets');
  }

  async create(actor: Actor, input: CreateWebhookInput): Promise<WebhookCreatedObject> {
    const url = parseWebhookUrl(input.url);
    // Who may, first (no lock): a name is resolved only for those, and outside the transaction.
    await this.organisations.requireRole(this.dataSource.manager, actor, input.organisationId, HOOK_ROLES);
    await this.requireReachable(url);
    const events = [...new Set(input.events)];
    const secret = newWebhookSecret();
    const keys = newSigningKeyPair();
    const hook = await this.dataSource.transaction(async (manager) => {
      // Locked: the count below holds until this hook is in.
      await this.organisations.requireRole(manager, actor, input.organisationId, HOOK_ROLES, true);
      if (input.letterId) await this.requireLetterSeen(manager, input.organisationId, input.letterId);
      const count = await manager.count(Webhook, { where: { organisationId: input.organisationId } });
      if (count >= MAX_WEBHOOKS_PER_ORGANISATION) {
        throw invalidState(`An organisation may have at most ${MAX_WEBHOOKS_PER_ORGANISATION} webhooks`);
      }
      return manager.save(
        manager.create(Webhook, {
          organisationId: input.organisationId,
          url: url.toString(),
          events,
          letterId: input.letterId ?? null,
          enabled: true,
          secretEncrypted: encryptSecret(this.secretsKey, secret),
          signingKeyEncrypted: encryptSecret(this.secretsKey, keys.privateKey),
          publicKey: keys.publicKey,
        }),
      );
    });
    return { webhook: toWebhookObject(hook), secret };
  }

  /** A new secret; the old one still signs for PREVIOUS_SECRET_HOURS. */
  async rotateSecret(actor: Actor, webhookId: string): Promise<WebhookCreatedObject> {
    const secret = newWebhookSecret();
    const hook = await this.dataSource.transaction(async (manager) => {
      const found = await this.managed(manager, actor, webhookId);
      found.previousSecretEncrypted = found.secretEncrypted;
      found.previousSecretUntil = new Date(Date.now() + PREVIOUS_SECRET_HOURS * 3600_000);
      found.secretEncrypted = encryptSecret(this.secretsKey, secret);
      return manager.save(found);
    });
    return { webhook: toWebhookObject(hook), secret };
  }

  async delete(actor: Actor, webhookId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.managed(manager, actor, webhookId);
      await manager.delete(Webhook, { id: found.id });
      return true;
    });
  }

  /** The same event sent again, under the same webhook-id (the receiver's idempotency key), as a new delivery. */
  async redeliver(actor: Actor, deliveryId: string): Promise<WebhookDeliveryObject> {
    return this.dataSource.transaction(async (manager) => {
      const delivery = await manager.findOneBy(WebhookDelivery, { id: deliveryId });
      if (!delivery) throw notFound('Webhook delivery');
      const hook = await this.managed(manager, actor, delivery.webhookId, 'Webhook delivery');
      if (!hook.enabled)
        throw invalidState('This webhook is disabled (its receiver answered 410 Gone): create a new one');
      // Read under the hook's lock: one call of a message waits to be sent at a time, so
      // repeated redeliveries cannot flood the outbox (or the receiver).
      const waiting = await manager.exists(WebhookDelivery, {
        where: {
          webhookId: hook.id,
          messageId: delivery.messageId,
          status: In([WebhookDeliveryStatus.PENDING, WebhookDeliveryStatus.SENDING]),
        },
      });
      if (waiting) throw invalidState('This message is already waiting to be sent');
      const again = await manager.save(
        manager.create(WebhookDelivery, {
          webhookId: hook.id,
          event: delivery.event,
          messageId: delivery.messageId,
          body: delivery.body,
          status: WebhookDeliveryStatus.PENDING,
          nextAttemptAt: new Date(),
        }),
      );
      return toWebhookDeliveryObject(again);
    });
  }

  /** The organisation's hooks, to its OWNERs and COORDINATORs; nothing to anyone else. */
  async forOrganisation(actor: Actor | null, organisationId: string): Promise<WebhookObject[]> {
    if (!actor) return [];
    const manager = this.dataSource.manager;
    const role = await this.organisations.roleOf(manager, actor.userId, organisationId);
    if (!role || !HOOK_ROLES.includes(role)) return [];
    const hooks = await manager.find(Webhook, { where: { organisationId }, order: { createdAt: 'ASC' } });
    return hooks.map(toWebhookObject);
  }

  /** A hook's latest deliveries, newest first. */
  async deliveries(webhookId: string, first: number): Promise<WebhookDeliveryObject[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_DELIVERIES_LISTED) {
      throw badInput(`first must be between 1 and ${MAX_DELIVERIES_LISTED}`);
    }
    const rows = await this.dataSource.getRepository(WebhookDelivery).find({
      where: { webhookId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: first,
    });
    return rows.map(toWebhookDeliveryObject);
  }

  /** The keys a hook signs with now: its secret, and a rotated one still within its 24 hours. */
  signingKeys(hook: Webhook, now: Date): SigningKeys {
    const secrets = [decryptSecret(this.secretsKey, hook.secretEncrypted)];
    if (hook.previousSecretEncrypted && hook.previousSecretUntil && hook.previousSecretUntil > now) {
      secrets.push(decryptSecret(this.secretsKey, hook.previousSecretEncrypted));
    }
    return { secrets, privateKey: decryptSecret(this.secretsKey, hook.signingKeyEncrypted) };
  }

  /** A hook the caller manages, locked (with its organisation): NOT_FOUND for anyone else's. */
  private async managed(manager: EntityManager, actor: Actor, webhookId: string, what = 'Webhook'): Promise<Webhook> {
    const hook = await manager.findOneBy(Webhook, { id: webhookId });
    if (!hook) throw notFound(what);
    const role = await this.organisations.roleOf(manager, actor.userId, hook.organisationId);
    if (!role) throw notFound(what);
    await this.organisations.requireRole(manager, actor, hook.organisationId, HOOK_ROLES, true);
    const locked = await manager.findOne(Webhook, { where: { id: webhookId }, lock: { mode: 'pessimistic_write' } });
    if (!locked) throw notFound(what);
    return locked;
  }

  /** A hook may name only a letter its organisation leads or has endorsed. */
  private async requireLetterSeen(manager: EntityManager, organisationId: string, letterId: string): Promise<void> {
    const rows = (await manager.query(
      `SELECT 1 FROM letters l WHERE l.id = $1 AND (
         EXISTS (SELECT 1 FROM letter_leads ll WHERE ll.letter_id = l.id AND ll.organisation_id = $2)
         OR EXISTS (SELECT 1 FROM endorsements e WHERE e.letter_id = l.id AND e.organisation_id = $2))`,
      [letterId, organisationId],
    )) as unknown[];
    if (!rows.length) throw notFound('Letter');
  }

  /** BAD_USER_INPUT for a URL whose host is private (unless allowed) or does not resolve. */
  private async requireReachable(url: URL): Promise<void> {
    try {
      await resolveTarget(url, this.config.webhooks.allowPrivateNetworks);
    } catch (error) {
      if (error instanceof RefusedAddressError) {
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          `The webhook URL is refused: ${error.message} (private, loopback and link-local addresses are not allowed)`,
        );
      }
      throw badInput(`The webhook URL's host cannot be resolved: ${url.hostname}`);
    }
  }
}
