import { Module } from '@nestjs/common';
import { MembershipsResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';
import { OrganisationLoaders } from './organisation.loaders';
import { OrganisationPolicy } from './organisation.policy';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { UserMembershipsResolver } from './user-memberships.resolver';

@Module({
  providers: [
    OrganisationsService,
    MembershipsService,
    OrganisationPolicy,
    OrganisationLoaders,
    OrganisationsResolver,
    MembershipsResolver,
    UserMembershipsResolver,
  ],
  exports: [OrganisationsService, OrganisationPolicy, OrganisationLoaders],
})
export class OrganisationsModule {}
