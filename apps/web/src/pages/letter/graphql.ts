import { graphql } from '../../gql';
import type { WorkspaceQuery } from '../../gql/graphql';

export const Workspace = graphql(`
  query Workspace($slug: String!) {
    letter(slug: $slug) {
      id
      slug
      title
      status
      visibility
      openSignOn
      autoApproveVerified
      endorsementDeadline
      deliverBy
      publishAt
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
        material
        note
        createdAt
      }
      versions {
        id
        number
        title
        material
        note
        createdAt
      }
      leadOrganisations {
        id
        name
      }
      counts {
        ...LetterCountFields
      }
      myEndorsements {
        ...EndorsementFields
        receipt
      }
      edition {
        id
        verifyUrl
      }
    }
    me {
      ...MyMemberships
    }
  }
`);

export type WorkspaceLetter = NonNullable<WorkspaceQuery['letter']>;

export const Endorse = graphql(`
  mutation Endorse($input: EndorseInput!) {
    endorseLetter(input: $input) {
      ...EndorsementFields
      receipt
    }
  }
`);

export const Withdraw = graphql(`
  mutation Withdraw($input: WithdrawInput!) {
    withdrawEndorsement(input: $input) {
      id
      status
      withdrawnAt
    }
  }
`);

export const DiffQuery = graphql(`
  query VersionDiff($slug: String!, $from: Int!, $to: Int!) {
    letter(slug: $slug) {
      id
      diff(fromVersion: $from, toVersion: $to)
    }
  }
`);

export const Revise = graphql(`
  mutation Revise($input: ReviseLetterInput!) {
    reviseLetter(input: $input) {
      id
      number
    }
  }
`);

export const CommentsQuery = graphql(`
  query Comments($slug: String!) {
    letter(slug: $slug) {
      id
      comments {
        id
        body
        paragraph
        resolved
        createdAt
        author {
          id
          name
        }
        version {
          id
          number
        }
      }
    }
  }
`);

export const AddComment = graphql(`
  mutation AddComment($input: CommentInput!) {
    commentOnLetter(input: $input) {
      id
    }
  }
`);

export const ResolveComment = graphql(`
  mutation ResolveComment($commentId: ID!) {
    resolveComment(commentId: $commentId) {
      id
      resolved
    }
  }
`);
