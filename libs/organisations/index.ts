export * from './organisation-role';
export * from './organisation.entity';
export * from './membership.entity';
export * from './membership-invitation.entity';
export * from './dto/organisation.object';
export * from './organisation.policy';
export * from './organisations.service';
export * from './memberless-organisations.service';
export * from './verified-names';
export * from './organisation.loaders';
export * from './organisations.module';
export * from './api-keys/api-key.entity';
export * from './api-keys/api-keys.service';

import { ApiKey } from './api-keys/api-key.entity';
import { MembershipInvitation } from './membership-invitation.entity';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';

export const ORGANISATIONS_ENTITIES = [Organisation, Membership, MembershipInvitation, ApiKey];
export * from './country';
export * from './dto/organisation-fields';
