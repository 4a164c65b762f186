import { graphql } from './gql';

/** The counts every view of a letter shows, and what its subscription delivers. */
export const LetterCountFields = graphql(`
  fragment LetterCountFields on LetterCounts {
    signed
    anonymous
    needsReconfirmation
    withdrawn
    declined
    invited
    supporters
    supportersAwaitingReconfirmation
  }
`);

/** An endorsement as its signers and the leads see it. */
export const EndorsementFields = graphql(`
  fragment EndorsementFields on Endorsement {
    id
    status
    anonymous
    acceptMinorEdits
    contentHash
    displayName
    signerName
    signerTitle
    signedAt
    organisation {
      id
      name
    }
    signedVersion {
      id
      number
    }
  }
`);

/** The signed-in user and the organisations they act for. */
export const MyMemberships = graphql(`
  fragment MyMemberships on User {
    id
    emailVerified
    memberships {
      id
      role
      organisation {
        id
        name
      }
    }
  }
`);

/** The letter as the pages a mail's link opens show it (invitation, manage link, sign-on confirmation). */
export const GuestLetterFields = graphql(`
  fragment GuestLetterFields on Letter {
    id
    slug
    title
    status
    visibility
    endorsementDeadline
    language
    translations(status: APPROVED) {
      ...ShownTranslation
    }
    currentVersion {
      id
      number
      title
      body
      contentHash
    }
    leadOrganisations {
      id
      name
      verifiedDomain
    }
  }
`);
