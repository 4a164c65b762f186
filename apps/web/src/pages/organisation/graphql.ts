import { graphql } from '../../gql';

export const OrganisationQuery = graphql(`
  query OrganisationPage($id: ID!) {
    organisation(id: $id) {
      id
      name
      slug
      country
      website
      description
      verifiedDomain
      requireTwoFactor
      requirePhishingResistant
      coLeadRequests {
        letterId
        slug
        title
        requestedAt
      }
      members {
        id
        role
        user {
          id
          name
          email
        }
      }
    }
  }
`);

export const InvitationsQuery = graphql(`
  query MembershipInvitations($organisationId: ID!) {
    membershipInvitations(organisationId: $organisationId) {
      id
      email
      role
      status
      expiresAt
    }
  }
`);

export const InviteMember = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      status
      expiresAt
    }
  }
`);

export const ChangeRole = graphql(`
  mutation ChangeRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);

export const RemoveMember = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);

export const VerifyDomain = graphql(`
  mutation VerifyDomain($organisationId: ID!) {
    verifyOrganisationDomain(organisationId: $organisationId) {
      id
      verifiedDomain
    }
  }
`);

export const AcceptCoLeadRequest = graphql(`
  mutation AcceptCoLeadRequest($letterId: ID!, $organisationId: ID!) {
    acceptCoLead(letterId: $letterId, organisationId: $organisationId) {
      id
      slug
    }
  }
`);

export const SetOrganisationSecurity = graphql(`
  mutation SetOrganisationSecurity(
    $organisationId: ID!
    $requireTwoFactor: Boolean
    $requirePhishingResistant: Boolean
  ) {
    setOrganisationSecurity(
      organisationId: $organisationId
      requireTwoFactor: $requireTwoFactor
      requirePhishingResistant: $requirePhishingResistant
    ) {
      id
      requireTwoFactor
      requirePhishingResistant
    }
  }
`);
