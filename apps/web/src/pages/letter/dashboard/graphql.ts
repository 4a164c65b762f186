import { graphql } from '../../../gql';

// Spelled out rather than ...EndorsementFields: the API's cost limit counts fields by depth, and
// this list is as deep as the dashboard may ask.
export const DashboardQuery = graphql(`
  query Dashboard($slug: String!) {
    letter(slug: $slug) {
      id
      endorsements(first: 50) {
        totalCount
        edges {
          node {
            id
            status
            anonymous
            displayName
            signerName
            signerTitle
            organisation {
              id
              name
              verifiedDomain
            }
            signedVersion {
              id
              number
            }
          }
        }
      }
    }
  }
`);

// The leads' approval queue: a query of its own, as the list above is as costly as one query may be.
export const ApprovalQueueQuery = graphql(`
  query ApprovalQueue($slug: String!) {
    letter(slug: $slug) {
      id
      awaiting: endorsements(status: PENDING_APPROVAL, first: 50) {
        totalCount
        edges {
          node {
            id
            status
            anonymous
            displayName
            signerName
            signerTitle
            signedBy
            comment
            signedAt
            organisation {
              id
              name
              website
              verifiedDomain
            }
          }
        }
      }
    }
  }
`);

export const SetOpenSignOn = graphql(`
  mutation SetOpenSignOn($letterId: ID!, $open: Boolean!, $autoApproveVerified: Boolean) {
    setOpenSignOn(letterId: $letterId, open: $open, autoApproveVerified: $autoApproveVerified) {
      id
      openSignOn
      autoApproveVerified
    }
  }
`);

export const SetPublication = graphql(`
  mutation SetPublication($letterId: ID!, $publishAt: DateTime) {
    setPublication(letterId: $letterId, publishAt: $publishAt) {
      id
      publishAt
    }
  }
`);

export const DeliveryQuery = graphql(`
  query Deliveries($slug: String!) {
    letter(slug: $slug) {
      id
      recipients {
        id
        name
        title
        organisation
        email
        postalAddress
        role
        channel
      }
      deliveries {
        id
        channel
        status
        attempts
        lastError
        sentAt
        response
        recipient {
          id
          name
        }
        events {
          status
          note
          occurredAt
        }
      }
    }
  }
`);

export const DeliverySubscription = graphql(`
  subscription DeliveryChanged($letterId: ID!) {
    deliveryChanged(letterId: $letterId) {
      id
      status
      attempts
      lastError
      sentAt
      response
      events {
        status
        note
        occurredAt
      }
    }
  }
`);

export const OpenLetter = graphql(`
  mutation OpenLetter($letterId: ID!) {
    openLetter(letterId: $letterId) {
      id
      status
    }
  }
`);

export const CloseLetter = graphql(`
  mutation CloseLetter($letterId: ID!) {
    closeLetter(letterId: $letterId) {
      id
      status
    }
  }
`);

export const SearchOrganisations = graphql(`
  query SearchOrganisations($search: String!) {
    organisations(search: $search, first: 10) {
      edges {
        node {
          id
          name
          country
        }
      }
    }
  }
`);

export const AddCoLead = graphql(`
  mutation AddCoLead($input: AddCoLeadInput!) {
    addCoLead(input: $input) {
      id
      leadOrganisations {
        id
        name
      }
    }
  }
`);

export const InviteEndorsers = graphql(`
  mutation InviteEndorsers($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
      status
    }
  }
`);

export const Reject = graphql(`
  mutation RejectEndorsement($endorsementId: ID!, $reason: String) {
    rejectEndorsement(endorsementId: $endorsementId, reason: $reason) {
      id
      status
    }
  }
`);

export const Approve = graphql(`
  mutation ApproveEndorsement($endorsementId: ID!) {
    approveEndorsement(endorsementId: $endorsementId) {
      id
      status
    }
  }
`);

export const AddRecipient = graphql(`
  mutation AddRecipient($input: AddRecipientInput!) {
    addRecipient(input: $input) {
      id
    }
  }
`);

export const RemoveRecipient = graphql(`
  mutation RemoveRecipient($recipientId: ID!) {
    removeRecipient(recipientId: $recipientId)
  }
`);

export const Deliver = graphql(`
  mutation Deliver($letterId: ID!) {
    deliverLetter(letterId: $letterId) {
      id
      status
    }
  }
`);

export const RecordEvent = graphql(`
  mutation RecordEvent($input: DeliveryEventInput!) {
    recordDeliveryEvent(input: $input) {
      id
      status
      events {
        status
        note
        occurredAt
      }
    }
  }
`);

export const RecordResponse = graphql(`
  mutation RecordResponse($input: ResponseInput!) {
    recordResponse(input: $input) {
      id
      status
      response
    }
  }
`);

export const RetryDelivery = graphql(`
  mutation RetryDelivery($deliveryId: ID!) {
    retryDelivery(deliveryId: $deliveryId) {
      id
      status
    }
  }
`);

export const PostUpdate = graphql(`
  mutation PostUpdate($input: PostUpdateInput!) {
    postUpdate(input: $input) {
      id
    }
  }
`);

/** Every translation of the letter, as its leads see them (DRAFT, APPROVED and OUTDATED). */
export const LetterTranslationsQuery = graphql(`
  query LetterTranslations($slug: String!) {
    letter(slug: $slug) {
      id
      language
      currentVersion {
        id
        number
      }
      translations {
        ...ShownTranslation
        approvedAt
        updatedAt
      }
    }
  }
`);

export const SaveTranslation = graphql(`
  mutation SaveTranslation($input: SaveTranslationInput!) {
    saveTranslation(input: $input) {
      ...ShownTranslation
      approvedAt
      updatedAt
    }
  }
`);

export const ApproveTranslation = graphql(`
  mutation ApproveTranslation($translationId: ID!) {
    approveTranslation(translationId: $translationId) {
      id
      status
      approvedAt
    }
  }
`);

export const DeleteTranslation = graphql(`
  mutation DeleteTranslation($translationId: ID!) {
    deleteTranslation(translationId: $translationId)
  }
`);
