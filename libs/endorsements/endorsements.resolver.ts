import { Args, Context, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  Allow,
  assertUuid,
  CurrentActor,
  deniedAsFalse,
  EventBusService,
  guardedEvents,
  OptionalActor,
  Permission,
  type Actor,
  type RequestContext,
  SessionRegistry,
  timeZoneOfRequest,
} from '@undersigned/common';
import { LetterPolicy } from '@undersigned/letters';
import { AuditService, GENESIS_HASH } from './audit/audit.service';
import { COUNTS_TOPIC, type CountsEvent } from './counts.events';
import { EndorseInput, InviteEndorsersInput, WithdrawInput } from './dto/endorsement.inputs';
import {
  AuditTrailObject,
  EndorsementObject,
  InvitationObject,
  LetterCountsObject,
  ReceiptVerificationObject,
} from './dto/endorsement.objects';
import { EndorsementsService } from './endorsements.service';
import { InvitationsService } from './invitations.service';
import { MinorEditObjectionsService } from './minor-edit-objections.service';
import { ReceiptService } from './receipts/receipt.service';

@Resolver()
export class EndorsementsResolver {
  constructor(
    private readonly endorsements: EndorsementsService,
    private readonly invitations: InvitationsService,
    private readonly objections: MinorEditObjectionsService,
    private readonly receipts: ReceiptService,
    private readonly audit: AuditService,
    private readonly policy: LetterPolicy,
    private readonly events: EventBusService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionRegistry,
  ) {}

  @Mutation(() => [InvitationObject])
  @Allow(Permission.VERIFIED)
  inviteEndorsers(
    @CurrentActor() actor: Actor,
    @Args('input') input: InviteEndorsersInput,
    @Context() context: RequestContext,
  ): Promise<InvitationObject[]> {
    // The inviter's time zone: the mail names an embargo's hour in it (and in UTC).
    return this.invitations.invite(actor, input, timeZoneOfRequest(context.req));
  }

  @Mutation(() => InvitationObject)
  @Allow(Permission.VERIFIED)
  acceptInvitation(
    @CurrentActor() actor: Actor,
    @Args('token') token: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<InvitationObject> {
    return this.invitations.accept(actor, token, assertUuid(organisationId));
  }

  @Mutation(() => InvitationObject)
  @Allow(Permission.PUBLIC)
  declineInvitation(
    @OptionalActor() actor: Actor | null,
    @Args('token') token: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<InvitationObject> {
    return this.invitations.decline(token, reason?.slice(0, 2000), actor);
  }

  @Mutation(() => EndorsementObject)
  @Allow(Permission.VERIFIED)
  endorseLetter(@CurrentActor() actor: Actor, @Args('input') input: EndorseInput): Promise<EndorsementObject> {
    return this.endorsements.endorse(actor, input);
  }

  @Mutation(() => EndorsementObject)
  @Allow(Permission.VERIFIED)
  withdrawEndorsement(@CurrentActor() actor: Actor, @Args('input') input: WithdrawInput): Promise<EndorsementObject> {
    return this.endorsements.withdraw(actor, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Public, no sign-in: the link mailed to a signatory kept SIGNED through a minor edit ("this changes what we signed"). ' +
      'Its endorsement becomes NEEDS_RECONFIRMATION. Works once, until the letter is delivered',
  })
  @Allow(Permission.PUBLIC)
  objectToMinorEdit(@Args('token') token: string): Promise<true> {
    return this.objections.object(token);
  }

  @Mutation(() => EndorsementObject)
  @Allow(Permission.VERIFIED)
  rejectEndorsement(
    @CurrentActor() actor: Actor,
    @Args('endorsementId', { type: () => ID }) endorsementId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<EndorsementObject> {
    return this.endorsements.reject(actor, {
      endorsementId: assertUuid(endorsementId),
      reason: reason?.trim().slice(0, 2000) || null,
    });
  }

  @Mutation(() => EndorsementObject, {
    description:
      "Leads' OWNER or COORDINATOR: lets an endorsement waiting for them stand (PENDING_APPROVAL -> SIGNED): one that came by open sign-on, " +
      "or one signed under a display name other than its organisation's own (under that name); rejectEndorsement refuses it. The queue: Letter.endorsements(status: PENDING_APPROVAL)",
  })
  @Allow(Permission.VERIFIED)
  approveEndorsement(
    @CurrentActor() actor: Actor,
    @Args('endorsementId', { type: () => ID }) endorsementId: string,
  ): Promise<EndorsementObject> {
    return this.endorsements.approve(actor, assertUuid(endorsementId));
  }

  @Query(() => ReceiptVerificationObject)
  @Allow(Permission.PUBLIC)
  async verifyReceipt(@Args('receipt') receipt: string): Promise<ReceiptVerificationObject> {
    const { valid, claims } = await this.receipts.verify(receipt);
    return {
      valid,
      letterId: claims?.letterId ?? null,
      organisationName: claims?.organisationName ?? null,
      contentHash: claims?.contentHash ?? null,
      signedAt: claims ? new Date(claims.signedAt) : null,
      current:
        !!claims &&
        (await this.endorsements.standsAsReceipted(claims.endorsementId, claims.contentHash, claims.signedAt)),
    };
  }

  @Query(() => AuditTrailObject, { description: "The letter's tamper-evident record; lead organisations only" })
  @Allow(Permission.AUTHENTICATED)
  async auditTrail(
    @CurrentActor() actor: Actor,
    @Args('letterId', { type: () => ID }) letterId: string,
  ): Promise<AuditTrailObject> {
    await this.policy.requireLeadView(this.dataSource.manager, actor, assertUuid(letterId));
    const { events, verified } = await this.audit.trail(letterId);
    const headHash = events.at(-1)?.hash ?? GENESIS_HASH;
    const checkpoint = await this.receipts.signCheckpoint({
      letterId,
      length: events.length,
      headHash,
      at: new Date().toISOString(),
    });
    return { events, verified, headHash, checkpoint };
  }

  @Subscription(() => LetterCountsObject, {
    resolve: (event: CountsEvent) => event.counts,
  })
  @Allow(Permission.PUBLIC)
  async letterCountsChanged(
    @OptionalActor() viewer: Actor | null,
    @Args('letterId', { type: () => ID }) letterId: string,
  ): Promise<AsyncIterableIterator<CountsEvent>> {
    await this.policy.readable(this.dataSource.manager, viewer, assertUuid(letterId));
    return guardedEvents(this.events.asyncIterator<CountsEvent>(COUNTS_TOPIC), {
      matches: (event) => event.letterId === letterId,
      mayReceive: () => this.policy.readable(this.dataSource.manager, viewer, letterId).then(() => true, deniedAsFalse),
      signedIn: () => this.sessions.stands(viewer),
      expiresAt: viewer?.expiresAt,
    });
  }
}
