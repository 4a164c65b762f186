import { graphql } from '../../gql';

export const WebhooksQuery = graphql(`
  query OrganisationWebhooks($id: ID!) {
    organisation(id: $id) {
      id
      webhooks {
        id
        url
        events
        enabled
        publicKey
        createdAt
        deliveries(first: 10) {
          id
          event
          status
          attempts
          lastStatusCode
          nextAttemptAt
          createdAt
        }
      }
    }
  }
`);

export const CreateWebhook = graphql(`
  mutation CreateOrganisationWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        id
        url
        publicKey
      }
    }
  }
`);

export const DeleteWebhook = graphql(`
  mutation DeleteOrganisationWebhook($webhookId: ID!) {
    deleteWebhook(webhookId: $webhookId)
  }
`);

export const RedeliverWebhook = graphql(`
  mutation RedeliverOrganisationWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      status
    }
  }
`);
