/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment LiveCounts on Letter {\n    id\n    counts {\n      ...LetterCountFields\n    }\n  }\n": typeof types.LiveCountsFragmentDoc,
    "\n  fragment SignOnLetter on Letter {\n    id\n    status\n    openSignOn\n    currentVersion {\n      id\n      number\n      contentHash\n    }\n  }\n": typeof types.SignOnLetterFragmentDoc,
    "\n  fragment PetitionForm on Letter {\n    id\n    status\n    goal\n    petition {\n      acceptSupporters\n      askPostcode\n      minimumAge\n      consentText\n      supporterNames\n    }\n    counts {\n      supporters\n    }\n  }\n": typeof types.PetitionFormFragmentDoc,
    "\n  fragment ShownTranslation on LetterTranslation {\n    id\n    language\n    title\n    body\n    contentHash\n    translator\n    status\n    basedOnVersion\n  }\n": typeof types.ShownTranslationFragmentDoc,
    "\n  fragment LetterCountFields on LetterCounts {\n    signed\n    anonymous\n    needsReconfirmation\n    withdrawn\n    declined\n    invited\n    supporters\n    supportersAwaitingReconfirmation\n  }\n": typeof types.LetterCountFieldsFragmentDoc,
    "\n  fragment EndorsementFields on Endorsement {\n    id\n    status\n    anonymous\n    acceptMinorEdits\n    contentHash\n    displayName\n    signerName\n    signerTitle\n    signedAt\n    organisation {\n      id\n      name\n    }\n    signedVersion {\n      id\n      number\n    }\n  }\n": typeof types.EndorsementFieldsFragmentDoc,
    "\n  fragment MyMemberships on User {\n    id\n    emailVerified\n    memberships {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyMembershipsFragmentDoc,
    "\n  fragment GuestLetterFields on Letter {\n    id\n    slug\n    title\n    status\n    visibility\n    endorsementDeadline\n    language\n    translations(status: APPROVED) {\n      ...ShownTranslation\n    }\n    currentVersion {\n      id\n      number\n      title\n      body\n      contentHash\n    }\n    leadOrganisations {\n      id\n      name\n      verifiedDomain\n    }\n  }\n": typeof types.GuestLetterFieldsFragmentDoc,
    "\n  subscription CountsChanged($letterId: ID!) {\n    letterCountsChanged(letterId: $letterId) {\n      ...LetterCountFields\n    }\n  }\n": typeof types.CountsChangedDocument,
    "\n  mutation Reauthenticate($password: String, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReauthenticateDocument,
    "\n  mutation RequestToSign($input: RequestToSignInput!) {\n    requestToSign(input: $input)\n  }\n": typeof types.RequestToSignDocument,
    "\n  mutation SignPetition($input: SignPetitionInput!) {\n    signPetition(input: $input)\n  }\n": typeof types.SignPetitionDocument,
    "\n  query MySessions {\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      methods\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation ChangeEmail($email: String!) {\n    changeEmail(email: $email)\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $password: String!) {\n    changePassword(currentPassword: $currentPassword, password: $password)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MyPasskeys {\n    me {\n      id\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n      memberships {\n        id\n        organisation {\n          id\n          name\n          requirePhishingResistant\n        }\n      }\n    }\n    sessions {\n      id\n      current\n      methods\n    }\n  }\n": typeof types.MyPasskeysDocument,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n": typeof types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($response: String!, $name: String) {\n    finishPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.FinishPasskeyRegistrationDocument,
    "\n  mutation RemovePasskey($passkeyId: ID!) {\n    removePasskey(passkeyId: $passkeyId)\n  }\n": typeof types.RemovePasskeyDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n    }\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  query SignOnRequestByLink($token: String!) {\n    signOnRequestByLink(token: $token) {\n      id\n      email\n      organisationName\n      country\n      website\n      signerName\n      signerTitle\n      displayName\n      anonymous\n      acceptMinorEdits\n      comment\n      contentHash\n      expiresAt\n      letter {\n        ...GuestLetterFields\n      }\n    }\n  }\n": typeof types.SignOnRequestByLinkDocument,
    "\n  mutation ConfirmSignOn($token: String!) {\n    confirmSignOn(token: $token) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedAt\n      receipt\n    }\n  }\n": typeof types.ConfirmSignOnDocument,
    "\n  mutation ConfirmSignature($token: String!) {\n    confirmSignature(token: $token) {\n      id\n      status\n      confirmedAt\n    }\n  }\n": typeof types.ConfirmSignatureDocument,
    "\n  query EmbedLetter($slug: String!, $lang: String!, $translated: Boolean!) {\n    letter(slug: $slug) {\n      id\n      slug\n      title\n      language\n      translation(language: $lang) @include(if: $translated) {\n        id\n        language\n        title\n        status\n      }\n      ...PetitionForm\n      ...SignOnLetter\n    }\n  }\n": typeof types.EmbedLetterDocument,
    "\n  mutation EraseSupporterData($token: String!) {\n    eraseSupporterData(token: $token)\n  }\n": typeof types.EraseSupporterDataDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query Home {\n    me {\n      ...MyMemberships\n      name\n      email\n    }\n    letters(first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          leadOrganisations {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  mutation ResendVerification {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationDocument,
    "\n  query SigningOrganisations {\n    me {\n      ...MyMemberships\n    }\n  }\n": typeof types.SigningOrganisationsDocument,
    "\n  mutation AcceptLetterInvitation($token: String!, $organisationId: ID!) {\n    acceptInvitation(token: $token, organisationId: $organisationId) {\n      id\n      status\n      letter {\n        id\n        slug\n        title\n      }\n    }\n  }\n": typeof types.AcceptLetterInvitationDocument,
    "\n  mutation DeclineLetterInvitation($token: String!, $reason: String) {\n    declineInvitation(token: $token, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineLetterInvitationDocument,
    "\n  query InvitationByLink($token: String!) {\n    invitationByLink(token: $token) {\n      id\n      status\n      email\n      name\n      organisation {\n        id\n        name\n      }\n      letter {\n        ...GuestLetterFields\n      }\n    }\n  }\n": typeof types.InvitationByLinkDocument,
    "\n  query InvitationDiff($token: String!, $from: Int!, $to: Int!) {\n    invitationByLink(token: $token) {\n      id\n      letter {\n        id\n        diff(fromVersion: $from, toVersion: $to)\n      }\n    }\n  }\n": typeof types.InvitationDiffDocument,
    "\n  mutation SignByInvitation($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      acceptMinorEdits\n      signedAt\n      receipt\n    }\n  }\n": typeof types.SignByInvitationDocument,
    "\n  query Dashboard($slug: String!) {\n    letter(slug: $slug) {\n      id\n      endorsements(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            anonymous\n            displayName\n            signerName\n            signerTitle\n            organisation {\n              id\n              name\n              verifiedDomain\n            }\n            signedVersion {\n              id\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query ApprovalQueue($slug: String!) {\n    letter(slug: $slug) {\n      id\n      awaiting: endorsements(status: PENDING_APPROVAL, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            anonymous\n            displayName\n            signerName\n            signerTitle\n            signedBy\n            comment\n            signedAt\n            organisation {\n              id\n              name\n              website\n              verifiedDomain\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApprovalQueueDocument,
    "\n  mutation SetOpenSignOn($letterId: ID!, $open: Boolean!, $autoApproveVerified: Boolean) {\n    setOpenSignOn(letterId: $letterId, open: $open, autoApproveVerified: $autoApproveVerified) {\n      id\n      openSignOn\n      autoApproveVerified\n    }\n  }\n": typeof types.SetOpenSignOnDocument,
    "\n  mutation SetPublication($letterId: ID!, $publishAt: DateTime) {\n    setPublication(letterId: $letterId, publishAt: $publishAt) {\n      id\n      publishAt\n    }\n  }\n": typeof types.SetPublicationDocument,
    "\n  query Deliveries($slug: String!) {\n    letter(slug: $slug) {\n      id\n      recipients {\n        id\n        name\n        title\n        organisation\n        email\n        postalAddress\n        role\n        channel\n      }\n      deliveries {\n        id\n        channel\n        status\n        attempts\n        lastError\n        sentAt\n        response\n        recipient {\n          id\n          name\n        }\n        events {\n          status\n          note\n          occurredAt\n        }\n      }\n    }\n  }\n": typeof types.DeliveriesDocument,
    "\n  subscription DeliveryChanged($letterId: ID!) {\n    deliveryChanged(letterId: $letterId) {\n      id\n      status\n      attempts\n      lastError\n      sentAt\n      response\n      events {\n        status\n        note\n        occurredAt\n      }\n    }\n  }\n": typeof types.DeliveryChangedDocument,
    "\n  mutation OpenLetter($letterId: ID!) {\n    openLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n": typeof types.OpenLetterDocument,
    "\n  mutation CloseLetter($letterId: ID!) {\n    closeLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n": typeof types.CloseLetterDocument,
    "\n  query SearchOrganisations($search: String!) {\n    organisations(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n": typeof types.SearchOrganisationsDocument,
    "\n  mutation AddCoLead($input: AddCoLeadInput!) {\n    addCoLead(input: $input) {\n      id\n      leadOrganisations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddCoLeadDocument,
    "\n  mutation InviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.InviteEndorsersDocument,
    "\n  mutation RejectEndorsement($endorsementId: ID!, $reason: String) {\n    rejectEndorsement(endorsementId: $endorsementId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectEndorsementDocument,
    "\n  mutation ApproveEndorsement($endorsementId: ID!) {\n    approveEndorsement(endorsementId: $endorsementId) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveEndorsementDocument,
    "\n  mutation AddRecipient($input: AddRecipientInput!) {\n    addRecipient(input: $input) {\n      id\n    }\n  }\n": typeof types.AddRecipientDocument,
    "\n  mutation RemoveRecipient($recipientId: ID!) {\n    removeRecipient(recipientId: $recipientId)\n  }\n": typeof types.RemoveRecipientDocument,
    "\n  mutation Deliver($letterId: ID!) {\n    deliverLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n": typeof types.DeliverDocument,
    "\n  mutation RecordEvent($input: DeliveryEventInput!) {\n    recordDeliveryEvent(input: $input) {\n      id\n      status\n      events {\n        status\n        note\n        occurredAt\n      }\n    }\n  }\n": typeof types.RecordEventDocument,
    "\n  mutation RecordResponse($input: ResponseInput!) {\n    recordResponse(input: $input) {\n      id\n      status\n      response\n    }\n  }\n": typeof types.RecordResponseDocument,
    "\n  mutation RetryDelivery($deliveryId: ID!) {\n    retryDelivery(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": typeof types.RetryDeliveryDocument,
    "\n  mutation PostUpdate($input: PostUpdateInput!) {\n    postUpdate(input: $input) {\n      id\n    }\n  }\n": typeof types.PostUpdateDocument,
    "\n  query LetterTranslations($slug: String!) {\n    letter(slug: $slug) {\n      id\n      language\n      currentVersion {\n        id\n        number\n      }\n      translations {\n        ...ShownTranslation\n        approvedAt\n        updatedAt\n      }\n    }\n  }\n": typeof types.LetterTranslationsDocument,
    "\n  mutation SaveTranslation($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      ...ShownTranslation\n      approvedAt\n      updatedAt\n    }\n  }\n": typeof types.SaveTranslationDocument,
    "\n  mutation ApproveTranslation($translationId: ID!) {\n    approveTranslation(translationId: $translationId) {\n      id\n      status\n      approvedAt\n    }\n  }\n": typeof types.ApproveTranslationDocument,
    "\n  mutation DeleteTranslation($translationId: ID!) {\n    deleteTranslation(translationId: $translationId)\n  }\n": typeof types.DeleteTranslationDocument,
    "\n  query Workspace($slug: String!) {\n    letter(slug: $slug) {\n      id\n      slug\n      title\n      status\n      visibility\n      openSignOn\n      autoApproveVerified\n      endorsementDeadline\n      deliverBy\n      publishAt\n      language\n      translations(status: APPROVED) {\n        ...ShownTranslation\n      }\n      currentVersion {\n        id\n        number\n        title\n        body\n        contentHash\n        material\n        note\n        createdAt\n      }\n      versions {\n        id\n        number\n        title\n        material\n        note\n        createdAt\n      }\n      leadOrganisations {\n        id\n        name\n      }\n      counts {\n        ...LetterCountFields\n      }\n      myEndorsements {\n        ...EndorsementFields\n        receipt\n      }\n      edition {\n        id\n        verifyUrl\n      }\n    }\n    me {\n      ...MyMemberships\n    }\n  }\n": typeof types.WorkspaceDocument,
    "\n  mutation Endorse($input: EndorseInput!) {\n    endorseLetter(input: $input) {\n      ...EndorsementFields\n      receipt\n    }\n  }\n": typeof types.EndorseDocument,
    "\n  mutation Withdraw($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      id\n      status\n      withdrawnAt\n    }\n  }\n": typeof types.WithdrawDocument,
    "\n  query VersionDiff($slug: String!, $from: Int!, $to: Int!) {\n    letter(slug: $slug) {\n      id\n      diff(fromVersion: $from, toVersion: $to)\n    }\n  }\n": typeof types.VersionDiffDocument,
    "\n  mutation Revise($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.ReviseDocument,
    "\n  query Comments($slug: String!) {\n    letter(slug: $slug) {\n      id\n      comments {\n        id\n        body\n        paragraph\n        resolved\n        createdAt\n        author {\n          id\n          name\n        }\n        version {\n          id\n          number\n        }\n      }\n    }\n  }\n": typeof types.CommentsDocument,
    "\n  mutation AddComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation ResolveComment($commentId: ID!) {\n    resolveComment(commentId: $commentId) {\n      id\n      resolved\n    }\n  }\n": typeof types.ResolveCommentDocument,
    "\n  query EndorsementByLink($token: String!) {\n    endorsementByLink(token: $token) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      acceptMinorEdits\n      signerName\n      signerTitle\n      signedAt\n      withdrawnAt\n      receipt\n      organisation {\n        id\n        name\n      }\n      signedVersion {\n        id\n        number\n      }\n      letter {\n        ...GuestLetterFields\n      }\n    }\n  }\n": typeof types.EndorsementByLinkDocument,
    "\n  query ManageDiff($token: String!, $from: Int!, $to: Int!) {\n    endorsementByLink(token: $token) {\n      id\n      letter {\n        id\n        diff(fromVersion: $from, toVersion: $to)\n      }\n    }\n  }\n": typeof types.ManageDiffDocument,
    "\n  mutation ReconfirmByLink($token: String!, $contentHash: String!, $anonymous: Boolean) {\n    reconfirmByLink(token: $token, contentHash: $contentHash, anonymous: $anonymous) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      acceptMinorEdits\n      signedAt\n      receipt\n      signedVersion {\n        id\n        number\n      }\n    }\n  }\n": typeof types.ReconfirmByLinkDocument,
    "\n  mutation WithdrawByLink($token: String!, $reason: String) {\n    withdrawByLink(token: $token, reason: $reason) {\n      id\n      status\n      withdrawnAt\n    }\n  }\n": typeof types.WithdrawByLinkDocument,
    "\n  mutation AcceptMembership($token: String!) {\n    acceptMembershipInvitation(token: $token) {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AcceptMembershipDocument,
    "\n  mutation ObjectToMinorEdit($token: String!) {\n    objectToMinorEdit(token: $token)\n  }\n": typeof types.ObjectToMinorEditDocument,
    "\n  query MyOrganisations {\n    me {\n      ...MyMemberships\n    }\n  }\n": typeof types.MyOrganisationsDocument,
    "\n  mutation CreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreateLetterDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query OrganisationApiKeysPanel($id: ID!) {\n    organisation(id: $id) {\n      id\n      apiKeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.OrganisationApiKeysPanelDocument,
    "\n  mutation CreateApiKeyPanel($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.CreateApiKeyPanelDocument,
    "\n  mutation RevokeApiKeyPanel($apiKeyId: ID!) {\n    revokeApiKey(apiKeyId: $apiKeyId)\n  }\n": typeof types.RevokeApiKeyPanelDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      slug\n      country\n      website\n      description\n      verifiedDomain\n      requireTwoFactor\n      requirePhishingResistant\n      coLeadRequests {\n        letterId\n        slug\n        title\n        requestedAt\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  query MembershipInvitations($organisationId: ID!) {\n    membershipInvitations(organisationId: $organisationId) {\n      id\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n": typeof types.MembershipInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation VerifyDomain($organisationId: ID!) {\n    verifyOrganisationDomain(organisationId: $organisationId) {\n      id\n      verifiedDomain\n    }\n  }\n": typeof types.VerifyDomainDocument,
    "\n  mutation AcceptCoLeadRequest($letterId: ID!, $organisationId: ID!) {\n    acceptCoLead(letterId: $letterId, organisationId: $organisationId) {\n      id\n      slug\n    }\n  }\n": typeof types.AcceptCoLeadRequestDocument,
    "\n  mutation SetOrganisationSecurity(\n    $organisationId: ID!\n    $requireTwoFactor: Boolean\n    $requirePhishingResistant: Boolean\n  ) {\n    setOrganisationSecurity(\n      organisationId: $organisationId\n      requireTwoFactor: $requireTwoFactor\n      requirePhishingResistant: $requirePhishingResistant\n    ) {\n      id\n      requireTwoFactor\n      requirePhishingResistant\n    }\n  }\n": typeof types.SetOrganisationSecurityDocument,
    "\n  query OrganisationWebhooks($id: ID!) {\n    organisation(id: $id) {\n      id\n      webhooks {\n        id\n        url\n        events\n        enabled\n        publicKey\n        createdAt\n        deliveries(first: 10) {\n          id\n          event\n          status\n          attempts\n          lastStatusCode\n          nextAttemptAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.OrganisationWebhooksDocument,
    "\n  mutation CreateOrganisationWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        publicKey\n      }\n    }\n  }\n": typeof types.CreateOrganisationWebhookDocument,
    "\n  mutation DeleteOrganisationWebhook($webhookId: ID!) {\n    deleteWebhook(webhookId: $webhookId)\n  }\n": typeof types.DeleteOrganisationWebhookDocument,
    "\n  mutation RedeliverOrganisationWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": typeof types.RedeliverOrganisationWebhookDocument,
    "\n  query PublicLetter($slug: String!, $lang: String!, $translated: Boolean!) {\n    letter(slug: $slug) {\n      id\n      slug\n      title\n      status\n      language\n      translations(status: APPROVED) {\n        id\n        language\n      }\n      translation(language: $lang) @include(if: $translated) {\n        ...ShownTranslation\n      }\n      endorsementDeadline\n      currentVersion {\n        id\n        number\n        title\n        body\n        contentHash\n      }\n      leadOrganisations {\n        id\n        name\n        slug\n        verifiedDomain\n      }\n      signatories(first: 100) {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            country\n            organisationSlug\n            lead\n            verified\n            verifiedDomain\n          }\n        }\n      }\n      counts {\n        ...LetterCountFields\n      }\n      timeline {\n        id\n        kind\n        title\n        body\n        occurredAt\n      }\n      edition {\n        id\n        verifyUrl\n      }\n      targeting {\n        mode\n        areaType\n      }\n      ...PetitionForm\n      ...SignOnLetter\n    }\n  }\n": typeof types.PublicLetterDocument,
    "\n  query Representatives($postcode: String!, $areaType: String) {\n    representatives(postcode: $postcode, areaType: $areaType) {\n      id\n      name\n      title\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n": typeof types.RepresentativesDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!, $code: String) {\n    resetPassword(token: $token, password: $password, code: $code)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation StartPasskeyLogIn {\n    startPasskeyLogIn\n  }\n": typeof types.StartPasskeyLogInDocument,
    "\n  mutation FinishPasskeyLogIn($response: String!) {\n    finishPasskeyLogIn(response: $response) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FinishPasskeyLogInDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": typeof types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation WithdrawSignature($token: String!) {\n    withdrawSignature(token: $token)\n  }\n": typeof types.WithdrawSignatureDocument,
};
const documents: Documents = {
    "\n  fragment LiveCounts on Letter {\n    id\n    counts {\n      ...LetterCountFields\n    }\n  }\n": types.LiveCountsFragmentDoc,
    "\n  fragment SignOnLetter on Letter {\n    id\n    status\n    openSignOn\n    currentVersion {\n      id\n      number\n      contentHash\n    }\n  }\n": types.SignOnLetterFragmentDoc,
    "\n  fragment PetitionForm on Letter {\n    id\n    status\n    goal\n    petition {\n      acceptSupporters\n      askPostcode\n      minimumAge\n      consentText\n      supporterNames\n    }\n    counts {\n      supporters\n    }\n  }\n": types.PetitionFormFragmentDoc,
    "\n  fragment ShownTranslation on LetterTranslation {\n    id\n    language\n    title\n    body\n    contentHash\n    translator\n    status\n    basedOnVersion\n  }\n": types.ShownTranslationFragmentDoc,
    "\n  fragment LetterCountFields on LetterCounts {\n    signed\n    anonymous\n    needsReconfirmation\n    withdrawn\n    declined\n    invited\n    supporters\n    supportersAwaitingReconfirmation\n  }\n": types.LetterCountFieldsFragmentDoc,
    "\n  fragment EndorsementFields on Endorsement {\n    id\n    status\n    anonymous\n    acceptMinorEdits\n    contentHash\n    displayName\n    signerName\n    signerTitle\n    signedAt\n    organisation {\n      id\n      name\n    }\n    signedVersion {\n      id\n      number\n    }\n  }\n": types.EndorsementFieldsFragmentDoc,
    "\n  fragment MyMemberships on User {\n    id\n    emailVerified\n    memberships {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MyMembershipsFragmentDoc,
    "\n  fragment GuestLetterFields on Letter {\n    id\n    slug\n    title\n    status\n    visibility\n    endorsementDeadline\n    language\n    translations(status: APPROVED) {\n      ...ShownTranslation\n    }\n    currentVersion {\n      id\n      number\n      title\n      body\n      contentHash\n    }\n    leadOrganisations {\n      id\n      name\n      verifiedDomain\n    }\n  }\n": types.GuestLetterFieldsFragmentDoc,
    "\n  subscription CountsChanged($letterId: ID!) {\n    letterCountsChanged(letterId: $letterId) {\n      ...LetterCountFields\n    }\n  }\n": types.CountsChangedDocument,
    "\n  mutation Reauthenticate($password: String, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.ReauthenticateDocument,
    "\n  mutation RequestToSign($input: RequestToSignInput!) {\n    requestToSign(input: $input)\n  }\n": types.RequestToSignDocument,
    "\n  mutation SignPetition($input: SignPetitionInput!) {\n    signPetition(input: $input)\n  }\n": types.SignPetitionDocument,
    "\n  query MySessions {\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      methods\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation ChangeEmail($email: String!) {\n    changeEmail(email: $email)\n  }\n": types.ChangeEmailDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $password: String!) {\n    changePassword(currentPassword: $currentPassword, password: $password)\n  }\n": types.ChangePasswordDocument,
    "\n  query MyPasskeys {\n    me {\n      id\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n      memberships {\n        id\n        organisation {\n          id\n          name\n          requirePhishingResistant\n        }\n      }\n    }\n    sessions {\n      id\n      current\n      methods\n    }\n  }\n": types.MyPasskeysDocument,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n": types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($response: String!, $name: String) {\n    finishPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n    }\n  }\n": types.FinishPasskeyRegistrationDocument,
    "\n  mutation RemovePasskey($passkeyId: ID!) {\n    removePasskey(passkeyId: $passkeyId)\n  }\n": types.RemovePasskeyDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n    }\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  query SignOnRequestByLink($token: String!) {\n    signOnRequestByLink(token: $token) {\n      id\n      email\n      organisationName\n      country\n      website\n      signerName\n      signerTitle\n      displayName\n      anonymous\n      acceptMinorEdits\n      comment\n      contentHash\n      expiresAt\n      letter {\n        ...GuestLetterFields\n      }\n    }\n  }\n": types.SignOnRequestByLinkDocument,
    "\n  mutation ConfirmSignOn($token: String!) {\n    confirmSignOn(token: $token) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedAt\n      receipt\n    }\n  }\n": types.ConfirmSignOnDocument,
    "\n  mutation ConfirmSignature($token: String!) {\n    confirmSignature(token: $token) {\n      id\n      status\n      confirmedAt\n    }\n  }\n": types.ConfirmSignatureDocument,
    "\n  query EmbedLetter($slug: String!, $lang: String!, $translated: Boolean!) {\n    letter(slug: $slug) {\n      id\n      slug\n      title\n      language\n      translation(language: $lang) @include(if: $translated) {\n        id\n        language\n        title\n        status\n      }\n      ...PetitionForm\n      ...SignOnLetter\n    }\n  }\n": types.EmbedLetterDocument,
    "\n  mutation EraseSupporterData($token: String!) {\n    eraseSupporterData(token: $token)\n  }\n": types.EraseSupporterDataDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  query Home {\n    me {\n      ...MyMemberships\n      name\n      email\n    }\n    letters(first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          leadOrganisations {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  mutation ResendVerification {\n    resendVerificationEmail\n  }\n": types.ResendVerificationDocument,
    "\n  query SigningOrganisations {\n    me {\n      ...MyMemberships\n    }\n  }\n": types.SigningOrganisationsDocument,
    "\n  mutation AcceptLetterInvitation($token: String!, $organisationId: ID!) {\n    acceptInvitation(token: $token, organisationId: $organisationId) {\n      id\n      status\n      letter {\n        id\n        slug\n        title\n      }\n    }\n  }\n": types.AcceptLetterInvitationDocument,
    "\n  mutation DeclineLetterInvitation($token: String!, $reason: String) {\n    declineInvitation(token: $token, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.DeclineLetterInvitationDocument,
    "\n  query InvitationByLink($token: String!) {\n    invitationByLink(token: $token) {\n      id\n      status\n      email\n      name\n      organisation {\n        id\n        name\n      }\n      letter {\n        ...GuestLetterFields\n      }\n    }\n  }\n": types.InvitationByLinkDocument,
    "\n  query InvitationDiff($token: String!, $from: Int!, $to: Int!) {\n    invitationByLink(token: $token) {\n      id\n      letter {\n        id\n        diff(fromVersion: $from, toVersion: $to)\n      }\n    }\n  }\n": types.InvitationDiffDocument,
    "\n  mutation SignByInvitation($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      acceptMinorEdits\n      signedAt\n      receipt\n    }\n  }\n": types.SignByInvitationDocument,
    "\n  query Dashboard($slug: String!) {\n    letter(slug: $slug) {\n      id\n      endorsements(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            anonymous\n            displayName\n            signerName\n            signerTitle\n            organisation {\n              id\n              name\n              verifiedDomain\n            }\n            signedVersion {\n              id\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query ApprovalQueue($slug: String!) {\n    letter(slug: $slug) {\n      id\n      awaiting: endorsements(status: PENDING_APPROVAL, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            anonymous\n            displayName\n            signerName\n            signerTitle\n            signedBy\n            comment\n            signedAt\n            organisation {\n              id\n              name\n              website\n              verifiedDomain\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ApprovalQueueDocument,
    "\n  mutation SetOpenSignOn($letterId: ID!, $open: Boolean!, $autoApproveVerified: Boolean) {\n    setOpenSignOn(letterId: $letterId, open: $open, autoApproveVerified: $autoApproveVerified) {\n      id\n      openSignOn\n      autoApproveVerified\n    }\n  }\n": types.SetOpenSignOnDocument,
    "\n  mutation SetPublication($letterId: ID!, $publishAt: DateTime) {\n    setPublication(letterId: $letterId, publishAt: $publishAt) {\n      id\n      publishAt\n    }\n  }\n": types.SetPublicationDocument,
    "\n  query Deliveries($slug: String!) {\n    letter(slug: $slug) {\n      id\n      recipients {\n        id\n        name\n        title\n        organisation\n        email\n        postalAddress\n        role\n        channel\n      }\n      deliveries {\n        id\n        channel\n        status\n        attempts\n        lastError\n        sentAt\n        response\n        recipient {\n          id\n          name\n        }\n        events {\n          status\n          note\n          occurredAt\n        }\n      }\n    }\n  }\n": types.DeliveriesDocument,
    "\n  subscription DeliveryChanged($letterId: ID!) {\n    deliveryChanged(letterId: $letterId) {\n      id\n      status\n      attempts\n      lastError\n      sentAt\n      response\n      events {\n        status\n        note\n        occurredAt\n      }\n    }\n  }\n": types.DeliveryChangedDocument,
    "\n  mutation OpenLetter($letterId: ID!) {\n    openLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n": types.OpenLetterDocument,
    "\n  mutation CloseLetter($letterId: ID!) {\n    closeLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n": types.CloseLetterDocument,
    "\n  query SearchOrganisations($search: String!) {\n    organisations(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n": types.SearchOrganisationsDocument,
    "\n  mutation AddCoLead($input: AddCoLeadInput!) {\n    addCoLead(input: $input) {\n      id\n      leadOrganisations {\n        id\n        name\n      }\n    }\n  }\n": types.AddCoLeadDocument,
    "\n  mutation InviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n      status\n    }\n  }\n": types.InviteEndorsersDocument,
    "\n  mutation RejectEndorsement($endorsementId: ID!, $reason: String) {\n    rejectEndorsement(endorsementId: $endorsementId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectEndorsementDocument,
    "\n  mutation ApproveEndorsement($endorsementId: ID!) {\n    approveEndorsement(endorsementId: $endorsementId) {\n      id\n      status\n    }\n  }\n": types.ApproveEndorsementDocument,
    "\n  mutation AddRecipient($input: AddRecipientInput!) {\n    addRecipient(input: $input) {\n      id\n    }\n  }\n": types.AddRecipientDocument,
    "\n  mutation RemoveRecipient($recipientId: ID!) {\n    removeRecipient(recipientId: $recipientId)\n  }\n": types.RemoveRecipientDocument,
    "\n  mutation Deliver($letterId: ID!) {\n    deliverLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n": types.DeliverDocument,
    "\n  mutation RecordEvent($input: DeliveryEventInput!) {\n    recordDeliveryEvent(input: $input) {\n      id\n      status\n      events {\n        status\n        note\n        occurredAt\n      }\n    }\n  }\n": types.RecordEventDocument,
    "\n  mutation RecordResponse($input: ResponseInput!) {\n    recordResponse(input: $input) {\n      id\n      status\n      response\n    }\n  }\n": types.RecordResponseDocument,
    "\n  mutation RetryDelivery($deliveryId: ID!) {\n    retryDelivery(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": types.RetryDeliveryDocument,
    "\n  mutation PostUpdate($input: PostUpdateInput!) {\n    postUpdate(input: $input) {\n      id\n    }\n  }\n": types.PostUpdateDocument,
    "\n  query LetterTranslations($slug: String!) {\n    letter(slug: $slug) {\n      id\n      language\n      currentVersion {\n        id\n        number\n      }\n      translations {\n        ...ShownTranslation\n        approvedAt\n        updatedAt\n      }\n    }\n  }\n": types.LetterTranslationsDocument,
    "\n  mutation SaveTranslation($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      ...ShownTranslation\n      approvedAt\n      updatedAt\n    }\n  }\n": types.SaveTranslationDocument,
    "\n  mutation ApproveTranslation($translationId: ID!) {\n    approveTranslation(translationId: $translationId) {\n      id\n      status\n      approvedAt\n    }\n  }\n": types.ApproveTranslationDocument,
    "\n  mutation DeleteTranslation($translationId: ID!) {\n    deleteTranslation(translationId: $translationId)\n  }\n": types.DeleteTranslationDocument,
    "\n  query Workspace($slug: String!) {\n    letter(slug: $slug) {\n      id\n      slug\n      title\n      status\n      visibility\n      openSignOn\n      autoApproveVerified\n      endorsementDeadline\n      deliverBy\n      publishAt\n      language\n      translations(status: APPROVED) {\n        ...ShownTranslation\n      }\n      currentVersion {\n        id\n        number\n        title\n        body\n        contentHash\n        material\n        note\n        createdAt\n      }\n      versions {\n        id\n        number\n        title\n        material\n        note\n        createdAt\n      }\n      leadOrganisations {\n        id\n        name\n      }\n      counts {\n        ...LetterCountFields\n      }\n      myEndorsements {\n        ...EndorsementFields\n        receipt\n      }\n      edition {\n        id\n        verifyUrl\n      }\n    }\n    me {\n      ...MyMemberships\n    }\n  }\n": types.WorkspaceDocument,
    "\n  mutation Endorse($input: EndorseInput!) {\n    endorseLetter(input: $input) {\n      ...EndorsementFields\n      receipt\n    }\n  }\n": types.EndorseDocument,
    "\n  mutation Withdraw($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      id\n      status\n      withdrawnAt\n    }\n  }\n": types.WithdrawDocument,
    "\n  query VersionDiff($slug: String!, $from: Int!, $to: Int!) {\n    letter(slug: $slug) {\n      id\n      diff(fromVersion: $from, toVersion: $to)\n    }\n  }\n": types.VersionDiffDocument,
    "\n  mutation Revise($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      id\n      number\n    }\n  }\n": types.ReviseDocument,
    "\n  query Comments($slug: String!) {\n    letter(slug: $slug) {\n      id\n      comments {\n        id\n        body\n        paragraph\n        resolved\n        createdAt\n        author {\n          id\n          name\n        }\n        version {\n          id\n          number\n        }\n      }\n    }\n  }\n": types.CommentsDocument,
    "\n  mutation AddComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation ResolveComment($commentId: ID!) {\n    resolveComment(commentId: $commentId) {\n      id\n      resolved\n    }\n  }\n": types.ResolveCommentDocument,
    "\n  query EndorsementByLink($token: String!) {\n    endorsementByLink(token: $token) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      acceptMinorEdits\n      signerName\n      signerTitle\n      signedAt\n      withdrawnAt\n      receipt\n      organisation {\n        id\n        name\n      }\n      signedVersion {\n        id\n        number\n      }\n      letter {\n        ...GuestLetterFields\n      }\n    }\n  }\n": types.EndorsementByLinkDocument,
    "\n  query ManageDiff($token: String!, $from: Int!, $to: Int!) {\n    endorsementByLink(token: $token) {\n      id\n      letter {\n        id\n        diff(fromVersion: $from, toVersion: $to)\n      }\n    }\n  }\n": types.ManageDiffDocument,
    "\n  mutation ReconfirmByLink($token: String!, $contentHash: String!, $anonymous: Boolean) {\n    reconfirmByLink(token: $token, contentHash: $contentHash, anonymous: $anonymous) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      acceptMinorEdits\n      signedAt\n      receipt\n      signedVersion {\n        id\n        number\n      }\n    }\n  }\n": types.ReconfirmByLinkDocument,
    "\n  mutation WithdrawByLink($token: String!, $reason: String) {\n    withdrawByLink(token: $token, reason: $reason) {\n      id\n      status\n      withdrawnAt\n    }\n  }\n": types.WithdrawByLinkDocument,
    "\n  mutation AcceptMembership($token: String!) {\n    acceptMembershipInvitation(token: $token) {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AcceptMembershipDocument,
    "\n  mutation ObjectToMinorEdit($token: String!) {\n    objectToMinorEdit(token: $token)\n  }\n": types.ObjectToMinorEditDocument,
    "\n  query MyOrganisations {\n    me {\n      ...MyMemberships\n    }\n  }\n": types.MyOrganisationsDocument,
    "\n  mutation CreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreateLetterDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query OrganisationApiKeysPanel($id: ID!) {\n    organisation(id: $id) {\n      id\n      apiKeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": types.OrganisationApiKeysPanelDocument,
    "\n  mutation CreateApiKeyPanel($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": types.CreateApiKeyPanelDocument,
    "\n  mutation RevokeApiKeyPanel($apiKeyId: ID!) {\n    revokeApiKey(apiKeyId: $apiKeyId)\n  }\n": types.RevokeApiKeyPanelDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      slug\n      country\n      website\n      description\n      verifiedDomain\n      requireTwoFactor\n      requirePhishingResistant\n      coLeadRequests {\n        letterId\n        slug\n        title\n        requestedAt\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  query MembershipInvitations($organisationId: ID!) {\n    membershipInvitations(organisationId: $organisationId) {\n      id\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n": types.MembershipInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangeRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation VerifyDomain($organisationId: ID!) {\n    verifyOrganisationDomain(organisationId: $organisationId) {\n      id\n      verifiedDomain\n    }\n  }\n": types.VerifyDomainDocument,
    "\n  mutation AcceptCoLeadRequest($letterId: ID!, $organisationId: ID!) {\n    acceptCoLead(letterId: $letterId, organisationId: $organisationId) {\n      id\n      slug\n    }\n  }\n": types.AcceptCoLeadRequestDocument,
    "\n  mutation SetOrganisationSecurity(\n    $organisationId: ID!\n    $requireTwoFactor: Boolean\n    $requirePhishingResistant: Boolean\n  ) {\n    setOrganisationSecurity(\n      organisationId: $organisationId\n      requireTwoFactor: $requireTwoFactor\n      requirePhishingResistant: $requirePhishingResistant\n    ) {\n      id\n      requireTwoFactor\n      requirePhishingResistant\n    }\n  }\n": types.SetOrganisationSecurityDocument,
    "\n  query OrganisationWebhooks($id: ID!) {\n    organisation(id: $id) {\n      id\n      webhooks {\n        id\n        url\n        events\n        enabled\n        publicKey\n        createdAt\n        deliveries(first: 10) {\n          id\n          event\n          status\n          attempts\n          lastStatusCode\n          nextAttemptAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.OrganisationWebhooksDocument,
    "\n  mutation CreateOrganisationWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        publicKey\n      }\n    }\n  }\n": types.CreateOrganisationWebhookDocument,
    "\n  mutation DeleteOrganisationWebhook($webhookId: ID!) {\n    deleteWebhook(webhookId: $webhookId)\n  }\n": types.DeleteOrganisationWebhookDocument,
    "\n  mutation RedeliverOrganisationWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": types.RedeliverOrganisationWebhookDocument,
    "\n  query PublicLetter($slug: String!, $lang: String!, $translated: Boolean!) {\n    letter(slug: $slug) {\n      id\n      slug\n      title\n      status\n      language\n      translations(status: APPROVED) {\n        id\n        language\n      }\n      translation(language: $lang) @include(if: $translated) {\n        ...ShownTranslation\n      }\n      endorsementDeadline\n      currentVersion {\n        id\n        number\n        title\n        body\n        contentHash\n      }\n      leadOrganisations {\n        id\n        name\n        slug\n        verifiedDomain\n      }\n      signatories(first: 100) {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            country\n            organisationSlug\n            lead\n            verified\n            verifiedDomain\n          }\n        }\n      }\n      counts {\n        ...LetterCountFields\n      }\n      timeline {\n        id\n        kind\n        title\n        body\n        occurredAt\n      }\n      edition {\n        id\n        verifyUrl\n      }\n      targeting {\n        mode\n        areaType\n      }\n      ...PetitionForm\n      ...SignOnLetter\n    }\n  }\n": types.PublicLetterDocument,
    "\n  query Representatives($postcode: String!, $areaType: String) {\n    representatives(postcode: $postcode, areaType: $areaType) {\n      id\n      name\n      title\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n": types.RepresentativesDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!, $code: String) {\n    resetPassword(token: $token, password: $password, code: $code)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation StartPasskeyLogIn {\n    startPasskeyLogIn\n  }\n": types.StartPasskeyLogInDocument,
    "\n  mutation FinishPasskeyLogIn($response: String!) {\n    finishPasskeyLogIn(response: $response) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.FinishPasskeyLogInDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation WithdrawSignature($token: String!) {\n    withdrawSignature(token: $token)\n  }\n": types.WithdrawSignatureDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveCounts on Letter {\n    id\n    counts {\n      ...LetterCountFields\n    }\n  }\n"): (typeof documents)["\n  fragment LiveCounts on Letter {\n    id\n    counts {\n      ...LetterCountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignOnLetter on Letter {\n    id\n    status\n    openSignOn\n    currentVersion {\n      id\n      number\n      contentHash\n    }\n  }\n"): (typeof documents)["\n  fragment SignOnLetter on Letter {\n    id\n    status\n    openSignOn\n    currentVersion {\n      id\n      number\n      contentHash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PetitionForm on Letter {\n    id\n    status\n    goal\n    petition {\n      acceptSupporters\n      askPostcode\n      minimumAge\n      consentText\n      supporterNames\n    }\n    counts {\n      supporters\n    }\n  }\n"): (typeof documents)["\n  fragment PetitionForm on Letter {\n    id\n    status\n    goal\n    petition {\n      acceptSupporters\n      askPostcode\n      minimumAge\n      consentText\n      supporterNames\n    }\n    counts {\n      supporters\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShownTranslation on LetterTranslation {\n    id\n    language\n    title\n    body\n    contentHash\n    translator\n    status\n    basedOnVersion\n  }\n"): (typeof documents)["\n  fragment ShownTranslation on LetterTranslation {\n    id\n    language\n    title\n    body\n    contentHash\n    translator\n    status\n    basedOnVersion\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LetterCountFields on LetterCounts {\n    signed\n    anonymous\n    needsReconfirmation\n    withdrawn\n    declined\n    invited\n    supporters\n    supportersAwaitingReconfirmation\n  }\n"): (typeof documents)["\n  fragment LetterCountFields on LetterCounts {\n    signed\n    anonymous\n    needsReconfirmation\n    withdrawn\n    declined\n    invited\n    supporters\n    supportersAwaitingReconfirmation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EndorsementFields on Endorsement {\n    id\n    status\n    anonymous\n    acceptMinorEdits\n    contentHash\n    displayName\n    signerName\n    signerTitle\n    signedAt\n    organisation {\n      id\n      name\n    }\n    signedVersion {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment EndorsementFields on Endorsement {\n    id\n    status\n    anonymous\n    acceptMinorEdits\n    contentHash\n    displayName\n    signerName\n    signerTitle\n    signedAt\n    organisation {\n      id\n      name\n    }\n    signedVersion {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyMemberships on User {\n    id\n    emailVerified\n    memberships {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MyMemberships on User {\n    id\n    emailVerified\n    memberships {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GuestLetterFields on Letter {\n    id\n    slug\n    title\n    status\n    visibility\n    endorsementDeadline\n    language\n    translations(status: APPROVED) {\n      ...ShownTranslation\n    }\n    currentVersion {\n      id\n      number\n      title\n      body\n      contentHash\n    }\n    leadOrganisations {\n      id\n      name\n      verifiedDomain\n    }\n  }\n"): (typeof documents)["\n  fragment GuestLetterFields on Letter {\n    id\n    slug\n    title\n    status\n    visibility\n    endorsementDeadline\n    language\n    translations(status: APPROVED) {\n      ...ShownTranslation\n    }\n    currentVersion {\n      id\n      number\n      title\n      body\n      contentHash\n    }\n    leadOrganisations {\n      id\n      name\n      verifiedDomain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CountsChanged($letterId: ID!) {\n    letterCountsChanged(letterId: $letterId) {\n      ...LetterCountFields\n    }\n  }\n"): (typeof documents)["\n  subscription CountsChanged($letterId: ID!) {\n    letterCountsChanged(letterId: $letterId) {\n      ...LetterCountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reauthenticate($password: String, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Reauthenticate($password: String, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToSign($input: RequestToSignInput!) {\n    requestToSign(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestToSign($input: RequestToSignInput!) {\n    requestToSign(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignPetition($input: SignPetitionInput!) {\n    signPetition(input: $input)\n  }\n"): (typeof documents)["\n  mutation SignPetition($input: SignPetitionInput!) {\n    signPetition(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      methods\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      methods\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($email: String!) {\n    changeEmail(email: $email)\n  }\n"): (typeof documents)["\n  mutation ChangeEmail($email: String!) {\n    changeEmail(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $password: String!) {\n    changePassword(currentPassword: $currentPassword, password: $password)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $password: String!) {\n    changePassword(currentPassword: $currentPassword, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPasskeys {\n    me {\n      id\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n      memberships {\n        id\n        organisation {\n          id\n          name\n          requirePhishingResistant\n        }\n      }\n    }\n    sessions {\n      id\n      current\n      methods\n    }\n  }\n"): (typeof documents)["\n  query MyPasskeys {\n    me {\n      id\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n      memberships {\n        id\n        organisation {\n          id\n          name\n          requirePhishingResistant\n        }\n      }\n    }\n    sessions {\n      id\n      current\n      methods\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n"): (typeof documents)["\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyRegistration($response: String!, $name: String) {\n    finishPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeyRegistration($response: String!, $name: String) {\n    finishPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePasskey($passkeyId: ID!) {\n    removePasskey(passkeyId: $passkeyId)\n  }\n"): (typeof documents)["\n  mutation RemovePasskey($passkeyId: ID!) {\n    removePasskey(passkeyId: $passkeyId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignOnRequestByLink($token: String!) {\n    signOnRequestByLink(token: $token) {\n      id\n      email\n      organisationName\n      country\n      website\n      signerName\n      signerTitle\n      displayName\n      anonymous\n      acceptMinorEdits\n      comment\n      contentHash\n      expiresAt\n      letter {\n        ...GuestLetterFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignOnRequestByLink($token: String!) {\n    signOnRequestByLink(token: $token) {\n      id\n      email\n      organisationName\n      country\n      website\n      signerName\n      signerTitle\n      displayName\n      anonymous\n      acceptMinorEdits\n      comment\n      contentHash\n      expiresAt\n      letter {\n        ...GuestLetterFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSignOn($token: String!) {\n    confirmSignOn(token: $token) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedAt\n      receipt\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSignOn($token: String!) {\n    confirmSignOn(token: $token) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedAt\n      receipt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSignature($token: String!) {\n    confirmSignature(token: $token) {\n      id\n      status\n      confirmedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSignature($token: String!) {\n    confirmSignature(token: $token) {\n      id\n      status\n      confirmedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedLetter($slug: String!, $lang: String!, $translated: Boolean!) {\n    letter(slug: $slug) {\n      id\n      slug\n      title\n      language\n      translation(language: $lang) @include(if: $translated) {\n        id\n        language\n        title\n        status\n      }\n      ...PetitionForm\n      ...SignOnLetter\n    }\n  }\n"): (typeof documents)["\n  query EmbedLetter($slug: String!, $lang: String!, $translated: Boolean!) {\n    letter(slug: $slug) {\n      id\n      slug\n      title\n      language\n      translation(language: $lang) @include(if: $translated) {\n        id\n        language\n        title\n        status\n      }\n      ...PetitionForm\n      ...SignOnLetter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseSupporterData($token: String!) {\n    eraseSupporterData(token: $token)\n  }\n"): (typeof documents)["\n  mutation EraseSupporterData($token: String!) {\n    eraseSupporterData(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    me {\n      ...MyMemberships\n      name\n      email\n    }\n    letters(first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          leadOrganisations {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    me {\n      ...MyMemberships\n      name\n      email\n    }\n    letters(first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          leadOrganisations {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerification {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation ResendVerification {\n    resendVerificationEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SigningOrganisations {\n    me {\n      ...MyMemberships\n    }\n  }\n"): (typeof documents)["\n  query SigningOrganisations {\n    me {\n      ...MyMemberships\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptLetterInvitation($token: String!, $organisationId: ID!) {\n    acceptInvitation(token: $token, organisationId: $organisationId) {\n      id\n      status\n      letter {\n        id\n        slug\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptLetterInvitation($token: String!, $organisationId: ID!) {\n    acceptInvitation(token: $token, organisationId: $organisationId) {\n      id\n      status\n      letter {\n        id\n        slug\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineLetterInvitation($token: String!, $reason: String) {\n    declineInvitation(token: $token, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineLetterInvitation($token: String!, $reason: String) {\n    declineInvitation(token: $token, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationByLink($token: String!) {\n    invitationByLink(token: $token) {\n      id\n      status\n      email\n      name\n      organisation {\n        id\n        name\n      }\n      letter {\n        ...GuestLetterFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationByLink($token: String!) {\n    invitationByLink(token: $token) {\n      id\n      status\n      email\n      name\n      organisation {\n        id\n        name\n      }\n      letter {\n        ...GuestLetterFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationDiff($token: String!, $from: Int!, $to: Int!) {\n    invitationByLink(token: $token) {\n      id\n      letter {\n        id\n        diff(fromVersion: $from, toVersion: $to)\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationDiff($token: String!, $from: Int!, $to: Int!) {\n    invitationByLink(token: $token) {\n      id\n      letter {\n        id\n        diff(fromVersion: $from, toVersion: $to)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignByInvitation($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      acceptMinorEdits\n      signedAt\n      receipt\n    }\n  }\n"): (typeof documents)["\n  mutation SignByInvitation($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      acceptMinorEdits\n      signedAt\n      receipt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($slug: String!) {\n    letter(slug: $slug) {\n      id\n      endorsements(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            anonymous\n            displayName\n            signerName\n            signerTitle\n            organisation {\n              id\n              name\n              verifiedDomain\n            }\n            signedVersion {\n              id\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($slug: String!) {\n    letter(slug: $slug) {\n      id\n      endorsements(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            anonymous\n            displayName\n            signerName\n            signerTitle\n            organisation {\n              id\n              name\n              verifiedDomain\n            }\n            signedVersion {\n              id\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalQueue($slug: String!) {\n    letter(slug: $slug) {\n      id\n      awaiting: endorsements(status: PENDING_APPROVAL, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            anonymous\n            displayName\n            signerName\n            signerTitle\n            signedBy\n            comment\n            signedAt\n            organisation {\n              id\n              name\n              website\n              verifiedDomain\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalQueue($slug: String!) {\n    letter(slug: $slug) {\n      id\n      awaiting: endorsements(status: PENDING_APPROVAL, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            anonymous\n            displayName\n            signerName\n            signerTitle\n            signedBy\n            comment\n            signedAt\n            organisation {\n              id\n              name\n              website\n              verifiedDomain\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOpenSignOn($letterId: ID!, $open: Boolean!, $autoApproveVerified: Boolean) {\n    setOpenSignOn(letterId: $letterId, open: $open, autoApproveVerified: $autoApproveVerified) {\n      id\n      openSignOn\n      autoApproveVerified\n    }\n  }\n"): (typeof documents)["\n  mutation SetOpenSignOn($letterId: ID!, $open: Boolean!, $autoApproveVerified: Boolean) {\n    setOpenSignOn(letterId: $letterId, open: $open, autoApproveVerified: $autoApproveVerified) {\n      id\n      openSignOn\n      autoApproveVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPublication($letterId: ID!, $publishAt: DateTime) {\n    setPublication(letterId: $letterId, publishAt: $publishAt) {\n      id\n      publishAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetPublication($letterId: ID!, $publishAt: DateTime) {\n    setPublication(letterId: $letterId, publishAt: $publishAt) {\n      id\n      publishAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deliveries($slug: String!) {\n    letter(slug: $slug) {\n      id\n      recipients {\n        id\n        name\n        title\n        organisation\n        email\n        postalAddress\n        role\n        channel\n      }\n      deliveries {\n        id\n        channel\n        status\n        attempts\n        lastError\n        sentAt\n        response\n        recipient {\n          id\n          name\n        }\n        events {\n          status\n          note\n          occurredAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deliveries($slug: String!) {\n    letter(slug: $slug) {\n      id\n      recipients {\n        id\n        name\n        title\n        organisation\n        email\n        postalAddress\n        role\n        channel\n      }\n      deliveries {\n        id\n        channel\n        status\n        attempts\n        lastError\n        sentAt\n        response\n        recipient {\n          id\n          name\n        }\n        events {\n          status\n          note\n          occurredAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeliveryChanged($letterId: ID!) {\n    deliveryChanged(letterId: $letterId) {\n      id\n      status\n      attempts\n      lastError\n      sentAt\n      response\n      events {\n        status\n        note\n        occurredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DeliveryChanged($letterId: ID!) {\n    deliveryChanged(letterId: $letterId) {\n      id\n      status\n      attempts\n      lastError\n      sentAt\n      response\n      events {\n        status\n        note\n        occurredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenLetter($letterId: ID!) {\n    openLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OpenLetter($letterId: ID!) {\n    openLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseLetter($letterId: ID!) {\n    closeLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseLetter($letterId: ID!) {\n    closeLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOrganisations($search: String!) {\n    organisations(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchOrganisations($search: String!) {\n    organisations(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCoLead($input: AddCoLeadInput!) {\n    addCoLead(input: $input) {\n      id\n      leadOrganisations {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddCoLead($input: AddCoLeadInput!) {\n    addCoLead(input: $input) {\n      id\n      leadOrganisations {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectEndorsement($endorsementId: ID!, $reason: String) {\n    rejectEndorsement(endorsementId: $endorsementId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RejectEndorsement($endorsementId: ID!, $reason: String) {\n    rejectEndorsement(endorsementId: $endorsementId, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveEndorsement($endorsementId: ID!) {\n    approveEndorsement(endorsementId: $endorsementId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveEndorsement($endorsementId: ID!) {\n    approveEndorsement(endorsementId: $endorsementId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRecipient($input: AddRecipientInput!) {\n    addRecipient(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddRecipient($input: AddRecipientInput!) {\n    addRecipient(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRecipient($recipientId: ID!) {\n    removeRecipient(recipientId: $recipientId)\n  }\n"): (typeof documents)["\n  mutation RemoveRecipient($recipientId: ID!) {\n    removeRecipient(recipientId: $recipientId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Deliver($letterId: ID!) {\n    deliverLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Deliver($letterId: ID!) {\n    deliverLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEvent($input: DeliveryEventInput!) {\n    recordDeliveryEvent(input: $input) {\n      id\n      status\n      events {\n        status\n        note\n        occurredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEvent($input: DeliveryEventInput!) {\n    recordDeliveryEvent(input: $input) {\n      id\n      status\n      events {\n        status\n        note\n        occurredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordResponse($input: ResponseInput!) {\n    recordResponse(input: $input) {\n      id\n      status\n      response\n    }\n  }\n"): (typeof documents)["\n  mutation RecordResponse($input: ResponseInput!) {\n    recordResponse(input: $input) {\n      id\n      status\n      response\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryDelivery($deliveryId: ID!) {\n    retryDelivery(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RetryDelivery($deliveryId: ID!) {\n    retryDelivery(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostUpdate($input: PostUpdateInput!) {\n    postUpdate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PostUpdate($input: PostUpdateInput!) {\n    postUpdate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterTranslations($slug: String!) {\n    letter(slug: $slug) {\n      id\n      language\n      currentVersion {\n        id\n        number\n      }\n      translations {\n        ...ShownTranslation\n        approvedAt\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterTranslations($slug: String!) {\n    letter(slug: $slug) {\n      id\n      language\n      currentVersion {\n        id\n        number\n      }\n      translations {\n        ...ShownTranslation\n        approvedAt\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTranslation($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      ...ShownTranslation\n      approvedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveTranslation($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      ...ShownTranslation\n      approvedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveTranslation($translationId: ID!) {\n    approveTranslation(translationId: $translationId) {\n      id\n      status\n      approvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveTranslation($translationId: ID!) {\n    approveTranslation(translationId: $translationId) {\n      id\n      status\n      approvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTranslation($translationId: ID!) {\n    deleteTranslation(translationId: $translationId)\n  }\n"): (typeof documents)["\n  mutation DeleteTranslation($translationId: ID!) {\n    deleteTranslation(translationId: $translationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workspace($slug: String!) {\n    letter(slug: $slug) {\n      id\n      slug\n      title\n      status\n      visibility\n      openSignOn\n      autoApproveVerified\n      endorsementDeadline\n      deliverBy\n      publishAt\n      language\n      translations(status: APPROVED) {\n        ...ShownTranslation\n      }\n      currentVersion {\n        id\n        number\n        title\n        body\n        contentHash\n        material\n        note\n        createdAt\n      }\n      versions {\n        id\n        number\n        title\n        material\n        note\n        createdAt\n      }\n      leadOrganisations {\n        id\n        name\n      }\n      counts {\n        ...LetterCountFields\n      }\n      myEndorsements {\n        ...EndorsementFields\n        receipt\n      }\n      edition {\n        id\n        verifyUrl\n      }\n    }\n    me {\n      ...MyMemberships\n    }\n  }\n"): (typeof documents)["\n  query Workspace($slug: String!) {\n    letter(slug: $slug) {\n      id\n      slug\n      title\n      status\n      visibility\n      openSignOn\n      autoApproveVerified\n      endorsementDeadline\n      deliverBy\n      publishAt\n      language\n      translations(status: APPROVED) {\n        ...ShownTranslation\n      }\n      currentVersion {\n        id\n        number\n        title\n        body\n        contentHash\n        material\n        note\n        createdAt\n      }\n      versions {\n        id\n        number\n        title\n        material\n        note\n        createdAt\n      }\n      leadOrganisations {\n        id\n        name\n      }\n      counts {\n        ...LetterCountFields\n      }\n      myEndorsements {\n        ...EndorsementFields\n        receipt\n      }\n      edition {\n        id\n        verifyUrl\n      }\n    }\n    me {\n      ...MyMemberships\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Endorse($input: EndorseInput!) {\n    endorseLetter(input: $input) {\n      ...EndorsementFields\n      receipt\n    }\n  }\n"): (typeof documents)["\n  mutation Endorse($input: EndorseInput!) {\n    endorseLetter(input: $input) {\n      ...EndorsementFields\n      receipt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Withdraw($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      id\n      status\n      withdrawnAt\n    }\n  }\n"): (typeof documents)["\n  mutation Withdraw($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      id\n      status\n      withdrawnAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VersionDiff($slug: String!, $from: Int!, $to: Int!) {\n    letter(slug: $slug) {\n      id\n      diff(fromVersion: $from, toVersion: $to)\n    }\n  }\n"): (typeof documents)["\n  query VersionDiff($slug: String!, $from: Int!, $to: Int!) {\n    letter(slug: $slug) {\n      id\n      diff(fromVersion: $from, toVersion: $to)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Revise($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation Revise($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Comments($slug: String!) {\n    letter(slug: $slug) {\n      id\n      comments {\n        id\n        body\n        paragraph\n        resolved\n        createdAt\n        author {\n          id\n          name\n        }\n        version {\n          id\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Comments($slug: String!) {\n    letter(slug: $slug) {\n      id\n      comments {\n        id\n        body\n        paragraph\n        resolved\n        createdAt\n        author {\n          id\n          name\n        }\n        version {\n          id\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveComment($commentId: ID!) {\n    resolveComment(commentId: $commentId) {\n      id\n      resolved\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveComment($commentId: ID!) {\n    resolveComment(commentId: $commentId) {\n      id\n      resolved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EndorsementByLink($token: String!) {\n    endorsementByLink(token: $token) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      acceptMinorEdits\n      signerName\n      signerTitle\n      signedAt\n      withdrawnAt\n      receipt\n      organisation {\n        id\n        name\n      }\n      signedVersion {\n        id\n        number\n      }\n      letter {\n        ...GuestLetterFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EndorsementByLink($token: String!) {\n    endorsementByLink(token: $token) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      acceptMinorEdits\n      signerName\n      signerTitle\n      signedAt\n      withdrawnAt\n      receipt\n      organisation {\n        id\n        name\n      }\n      signedVersion {\n        id\n        number\n      }\n      letter {\n        ...GuestLetterFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageDiff($token: String!, $from: Int!, $to: Int!) {\n    endorsementByLink(token: $token) {\n      id\n      letter {\n        id\n        diff(fromVersion: $from, toVersion: $to)\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManageDiff($token: String!, $from: Int!, $to: Int!) {\n    endorsementByLink(token: $token) {\n      id\n      letter {\n        id\n        diff(fromVersion: $from, toVersion: $to)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReconfirmByLink($token: String!, $contentHash: String!, $anonymous: Boolean) {\n    reconfirmByLink(token: $token, contentHash: $contentHash, anonymous: $anonymous) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      acceptMinorEdits\n      signedAt\n      receipt\n      signedVersion {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReconfirmByLink($token: String!, $contentHash: String!, $anonymous: Boolean) {\n    reconfirmByLink(token: $token, contentHash: $contentHash, anonymous: $anonymous) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      acceptMinorEdits\n      signedAt\n      receipt\n      signedVersion {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawByLink($token: String!, $reason: String) {\n    withdrawByLink(token: $token, reason: $reason) {\n      id\n      status\n      withdrawnAt\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawByLink($token: String!, $reason: String) {\n    withdrawByLink(token: $token, reason: $reason) {\n      id\n      status\n      withdrawnAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptMembership($token: String!) {\n    acceptMembershipInvitation(token: $token) {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptMembership($token: String!) {\n    acceptMembershipInvitation(token: $token) {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectToMinorEdit($token: String!) {\n    objectToMinorEdit(token: $token)\n  }\n"): (typeof documents)["\n  mutation ObjectToMinorEdit($token: String!) {\n    objectToMinorEdit(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisations {\n    me {\n      ...MyMemberships\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisations {\n    me {\n      ...MyMemberships\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationApiKeysPanel($id: ID!) {\n    organisation(id: $id) {\n      id\n      apiKeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationApiKeysPanel($id: ID!) {\n    organisation(id: $id) {\n      id\n      apiKeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKeyPanel($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKeyPanel($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKeyPanel($apiKeyId: ID!) {\n    revokeApiKey(apiKeyId: $apiKeyId)\n  }\n"): (typeof documents)["\n  mutation RevokeApiKeyPanel($apiKeyId: ID!) {\n    revokeApiKey(apiKeyId: $apiKeyId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      slug\n      country\n      website\n      description\n      verifiedDomain\n      requireTwoFactor\n      requirePhishingResistant\n      coLeadRequests {\n        letterId\n        slug\n        title\n        requestedAt\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      slug\n      country\n      website\n      description\n      verifiedDomain\n      requireTwoFactor\n      requirePhishingResistant\n      coLeadRequests {\n        letterId\n        slug\n        title\n        requestedAt\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipInvitations($organisationId: ID!) {\n    membershipInvitations(organisationId: $organisationId) {\n      id\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query MembershipInvitations($organisationId: ID!) {\n    membershipInvitations(organisationId: $organisationId) {\n      id\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyDomain($organisationId: ID!) {\n    verifyOrganisationDomain(organisationId: $organisationId) {\n      id\n      verifiedDomain\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyDomain($organisationId: ID!) {\n    verifyOrganisationDomain(organisationId: $organisationId) {\n      id\n      verifiedDomain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCoLeadRequest($letterId: ID!, $organisationId: ID!) {\n    acceptCoLead(letterId: $letterId, organisationId: $organisationId) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCoLeadRequest($letterId: ID!, $organisationId: ID!) {\n    acceptCoLead(letterId: $letterId, organisationId: $organisationId) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationSecurity(\n    $organisationId: ID!\n    $requireTwoFactor: Boolean\n    $requirePhishingResistant: Boolean\n  ) {\n    setOrganisationSecurity(\n      organisationId: $organisationId\n      requireTwoFactor: $requireTwoFactor\n      requirePhishingResistant: $requirePhishingResistant\n    ) {\n      id\n      requireTwoFactor\n      requirePhishingResistant\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganisationSecurity(\n    $organisationId: ID!\n    $requireTwoFactor: Boolean\n    $requirePhishingResistant: Boolean\n  ) {\n    setOrganisationSecurity(\n      organisationId: $organisationId\n      requireTwoFactor: $requireTwoFactor\n      requirePhishingResistant: $requirePhishingResistant\n    ) {\n      id\n      requireTwoFactor\n      requirePhishingResistant\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationWebhooks($id: ID!) {\n    organisation(id: $id) {\n      id\n      webhooks {\n        id\n        url\n        events\n        enabled\n        publicKey\n        createdAt\n        deliveries(first: 10) {\n          id\n          event\n          status\n          attempts\n          lastStatusCode\n          nextAttemptAt\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationWebhooks($id: ID!) {\n    organisation(id: $id) {\n      id\n      webhooks {\n        id\n        url\n        events\n        enabled\n        publicKey\n        createdAt\n        deliveries(first: 10) {\n          id\n          event\n          status\n          attempts\n          lastStatusCode\n          nextAttemptAt\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisationWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        publicKey\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisationWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        publicKey\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrganisationWebhook($webhookId: ID!) {\n    deleteWebhook(webhookId: $webhookId)\n  }\n"): (typeof documents)["\n  mutation DeleteOrganisationWebhook($webhookId: ID!) {\n    deleteWebhook(webhookId: $webhookId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverOrganisationWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverOrganisationWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicLetter($slug: String!, $lang: String!, $translated: Boolean!) {\n    letter(slug: $slug) {\n      id\n      slug\n      title\n      status\n      language\n      translations(status: APPROVED) {\n        id\n        language\n      }\n      translation(language: $lang) @include(if: $translated) {\n        ...ShownTranslation\n      }\n      endorsementDeadline\n      currentVersion {\n        id\n        number\n        title\n        body\n        contentHash\n      }\n      leadOrganisations {\n        id\n        name\n        slug\n        verifiedDomain\n      }\n      signatories(first: 100) {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            country\n            organisationSlug\n            lead\n            verified\n            verifiedDomain\n          }\n        }\n      }\n      counts {\n        ...LetterCountFields\n      }\n      timeline {\n        id\n        kind\n        title\n        body\n        occurredAt\n      }\n      edition {\n        id\n        verifyUrl\n      }\n      targeting {\n        mode\n        areaType\n      }\n      ...PetitionForm\n      ...SignOnLetter\n    }\n  }\n"): (typeof documents)["\n  query PublicLetter($slug: String!, $lang: String!, $translated: Boolean!) {\n    letter(slug: $slug) {\n      id\n      slug\n      title\n      status\n      language\n      translations(status: APPROVED) {\n        id\n        language\n      }\n      translation(language: $lang) @include(if: $translated) {\n        ...ShownTranslation\n      }\n      endorsementDeadline\n      currentVersion {\n        id\n        number\n        title\n        body\n        contentHash\n      }\n      leadOrganisations {\n        id\n        name\n        slug\n        verifiedDomain\n      }\n      signatories(first: 100) {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            country\n            organisationSlug\n            lead\n            verified\n            verifiedDomain\n          }\n        }\n      }\n      counts {\n        ...LetterCountFields\n      }\n      timeline {\n        id\n        kind\n        title\n        body\n        occurredAt\n      }\n      edition {\n        id\n        verifyUrl\n      }\n      targeting {\n        mode\n        areaType\n      }\n      ...PetitionForm\n      ...SignOnLetter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Representatives($postcode: String!, $areaType: String) {\n    representatives(postcode: $postcode, areaType: $areaType) {\n      id\n      name\n      title\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query Representatives($postcode: String!, $areaType: String) {\n    representatives(postcode: $postcode, areaType: $areaType) {\n      id\n      name\n      title\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!, $code: String) {\n    resetPassword(token: $token, password: $password, code: $code)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!, $code: String) {\n    resetPassword(token: $token, password: $password, code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeyLogIn {\n    startPasskeyLogIn\n  }\n"): (typeof documents)["\n  mutation StartPasskeyLogIn {\n    startPasskeyLogIn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyLogIn($response: String!) {\n    finishPasskeyLogIn(response: $response) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeyLogIn($response: String!) {\n    finishPasskeyLogIn(response: $response) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSignature($token: String!) {\n    withdrawSignature(token: $token)\n  }\n"): (typeof documents)["\n  mutation WithdrawSignature($token: String!) {\n    withdrawSignature(token: $token)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;