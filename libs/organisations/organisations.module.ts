import { Module } from '@nestjs/common';
import { ApiKeyRegistry } from '@undersigned/common';
import { ApiKeysResolver } from './api-keys/api-keys.resolver';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AccountHooksModule } from '@undersigned/accounts';
import { MembershipsResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';
import { MemberlessOrganisationsService } from './memberless-organisations.service';
import { OrganisationLoaders } from './organisation.loaders';
import { OrganisationPolicy } from './organisation.policy';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { PasskeyRemovalPolicy } from './passkey-removal.policy';
import { UserMembershipsResolver } from './user-memberships.resolver';

@Module({
  imports: [AccountHooksModule],
  providers: [
    OrganisationsService,
    MembershipsService,
    MemberlessOrganisationsService,
    OrganisationPolicy,
    OrganisationLoaders,
    OrganisationsResolver,
    MembershipsResolver,
    UserMembershipsResolver,
    ApiKeysService,
    ApiKeysResolver,
    // The global guard recognises API keys through it (common cannot import this context).
    { provide: ApiKeyRegistry, useExisting: ApiKeysService },
    PasskeyRemovalPolicy,
  ],
  exports: [
    OrganisationsService,
    MemberlessOrganisationsService,
    OrganisationPolicy,
    OrganisationLoaders,
    ApiKeyRegistry,
  ],
})
export class OrganisationsModule {}
