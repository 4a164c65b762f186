import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import {
  Allow,
  assertUuid,
  CurrentActor,
  loaderFor,
  OptionalActor,
  Permission,
  type Actor,
  type RequestContext,
} from '@undersigned/common';
import { OrganisationObject } from '../dto/organisation.object';
import { OrganisationLoaders } from '../organisation.loaders';
import { LEAD_ROLES } from '../organisation-role';
import { ApiKeyCreatedObject, ApiKeyObject } from './api-key.object';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyInput } from './create-api-key.input';

// createApiKey and revokeApiKey carry no @AllowApiKeys: a key never makes or ends keys.
@Resolver(() => OrganisationObject)
export class ApiKeysResolver {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Mutation(() => ApiKeyCreatedObject, {
    description: 'OWNERs: a key acting for the organisation as a COORDINATOR at most; its token is shown once',
  })
  @Allow(Permission.VERIFIED)
  createApiKey(@CurrentActor() actor: Actor, @Args('input') input: CreateApiKeyInput): Promise<ApiKeyCreatedObject> {
    return this.keys.create(actor, input);
  }

  @Mutation(() => Boolean, { description: 'OWNERs: the key stops working at once' })
  @Allow(Permission.VERIFIED)
  revokeApiKey(@CurrentActor() actor: Actor, @Args('apiKeyId', { type: () => ID }) apiKeyId: string): Promise<boolean> {
    return this.keys.revoke(actor, assertUuid(apiKeyId));
  }

  /** OWNERs and COORDINATORs see the organisation's live keys; everyone else (and any key) an empty list. */
  @ResolveField(() => [ApiKeyObject])
  async apiKeys(
    @Parent() organisation: OrganisationObject,
    @OptionalActor() viewer: Actor | null,
    @Context() context: RequestContext,
  ): Promise<ApiKeyObject[]> {
    if (!viewer || viewer.apiKey) return [];
    const own = await this.loaders.viewerMembership(context, viewer.userId).load(organisation.id);
    if (!own || !LEAD_ROLES.includes(own.role)) return [];
    const loader = loaderFor(
      context,
      'apiKeys',
      () => new DataLoader((ids: readonly string[]) => this.keys.listFor(ids)),
    );
    return loader.load(organisation.id);
  }
}
