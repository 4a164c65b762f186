/* eslint-disable */
import * as types from './graphql';



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
    "\n  mutation AbuseInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n": typeof types.AbuseInviteMemberDocument,
    "\n  mutation AbuseInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": typeof types.AbuseInviteEndorsersDocument,
    "\n  mutation AbuseResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.AbuseResendVerificationEmailDocument,
    "\n  mutation AbuseLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.AbuseLogInDocument,
    "\n  query AbuseMe {\n    me {\n      emailVerified\n    }\n  }\n": typeof types.AbuseMeDocument,
    "\n  query AbuseOrganisations {\n    organisations {\n      totalCount\n    }\n  }\n": typeof types.AbuseOrganisationsDocument,
    "\n  mutation AbuseVerifyEmail($t: String!) {\n    verifyEmail(token: $t) {\n      id\n    }\n  }\n": typeof types.AbuseVerifyEmailDocument,
    "\n  query AccountsMe {\n    me {\n      id\n      email\n      name\n      emailVerified\n      memberships {\n        id\n      }\n    }\n  }\n": typeof types.AccountsMeDocument,
    "\n  mutation AccountsLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.AccountsLogInDocument,
    "\n  mutation AccountsLogInUnverified($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        emailVerified\n      }\n    }\n  }\n": typeof types.AccountsLogInUnverifiedDocument,
    "\n  mutation AccountsRefreshSession($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AccountsRefreshSessionDocument,
    "\n  mutation AccountsVerifyEmail($t: String!) {\n    verifyEmail(token: $t) {\n      email\n      emailVerified\n    }\n  }\n": typeof types.AccountsVerifyEmailDocument,
    "\n  mutation AccountsLogOut($t: String!) {\n    logOut(refreshToken: $t)\n  }\n": typeof types.AccountsLogOutDocument,
    "\n  subscription EndorsementsCountsChanged($id: ID!) {\n    letterCountsChanged(letterId: $id) {\n      signed\n      anonymous\n      needsReconfirmation\n    }\n  }\n": typeof types.EndorsementsCountsChangedDocument,
    "\n  query OrganisationApiKeys($id: ID!) {\n    organisation(id: $id) {\n      id\n      apiKeys {\n        id\n        name\n        lastUsedAt\n      }\n      members {\n        id\n      }\n    }\n  }\n": typeof types.OrganisationApiKeysDocument,
    "\n  mutation KeyInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n": typeof types.KeyInviteMemberDocument,
    "\n  mutation KeySetSecurity($id: ID!) {\n    setOrganisationSecurity(organisationId: $id, requireTwoFactor: true) {\n      id\n    }\n  }\n": typeof types.KeySetSecurityDocument,
    "\n  query KeyMe {\n    me {\n      id\n    }\n  }\n": typeof types.KeyMeDocument,
    "\n  query KeyLetter($id: ID!) {\n    letter(id: $id) {\n      id\n      title\n      recipients {\n        name\n      }\n    }\n  }\n": typeof types.KeyLetterDocument,
    "\n  mutation KeyCreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n    }\n  }\n": typeof types.KeyCreateLetterDocument,
    "\n  query BackupLetterAudit($id: ID!) {\n    letter(id: $id) {\n      endorsements(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            organisation {\n              id\n            }\n          }\n        }\n      }\n    }\n    auditTrail(letterId: $id) {\n      verified\n      events {\n        kind\n        organisationId\n      }\n    }\n  }\n": typeof types.BackupLetterAuditDocument,
    "\n  query BackupVerifyReceipt($r: String!) {\n    verifyReceipt(receipt: $r) {\n      valid\n      current\n    }\n  }\n": typeof types.BackupVerifyReceiptDocument,
    "\n  mutation DeliverLetter($id: ID!) {\n    deliverLetter(letterId: $id) {\n      id\n      status\n      channel\n      recipient {\n        name\n      }\n    }\n  }\n": typeof types.DeliverLetterDocument,
    "\n  query LetterDeliveriesTimeline($id: ID!) {\n    letter(id: $id) {\n      status\n      deliveries {\n        id\n        status\n        attempts\n        lastError\n        messageId\n        channel\n        recipient {\n          name\n          email\n        }\n        events {\n          status\n          note\n        }\n        response\n      }\n      timeline {\n        kind\n        title\n      }\n    }\n  }\n": typeof types.LetterDeliveriesTimelineDocument,
    "\n      mutation RemoveRecipient($id: ID!) {\n        removeRecipient(recipientId: $id)\n      }\n    ": typeof types.RemoveRecipientDocument,
    "\n      mutation RecordDeliveryEvent($input: DeliveryEventInput!) {\n        recordDeliveryEvent(input: $input) {\n          status\n          events {\n            status\n            note\n          }\n        }\n      }\n    ": typeof types.RecordDeliveryEventDocument,
    "\n        mutation RecordResponse($input: ResponseInput!) {\n          recordResponse(input: $input) {\n            status\n            response\n          }\n        }\n      ": typeof types.RecordResponseDocument,
    "\n          subscription DeliveryChanged($id: ID!) {\n            deliveryChanged(letterId: $id) {\n              status\n              recipient {\n                name\n              }\n            }\n          }\n        ": typeof types.DeliveryChangedDocument,
    "\n  query DeliveryRetryDelivery($id: ID!) {\n    letter(id: $id) {\n      deliveries {\n        id\n        status\n        attempts\n        messageId\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n": typeof types.DeliveryRetryDeliveryDocument,
    "\n  mutation DeliveryRetryRetry($id: ID!) {\n    retryDelivery(deliveryId: $id) {\n      id\n      status\n      messageId\n      nextAttemptAt\n    }\n  }\n": typeof types.DeliveryRetryRetryDocument,
    "\n  query EdgesOrganisationBySlug($v: String) {\n    organisation(slug: $v) {\n      id\n    }\n  }\n": typeof types.EdgesOrganisationBySlugDocument,
    "\n  query EdgesOrganisationsBySearch($v: String) {\n    organisations(search: $v) {\n      totalCount\n    }\n  }\n": typeof types.EdgesOrganisationsBySearchDocument,
    "\n  query EdgesOrganisationsByCountry($v: String) {\n    organisations(country: $v) {\n      totalCount\n    }\n  }\n": typeof types.EdgesOrganisationsByCountryDocument,
    "\n  query EdgesLetterBySlug($v: String) {\n    letter(slug: $v) {\n      id\n    }\n  }\n": typeof types.EdgesLetterBySlugDocument,
    "\n  mutation EdgesRemoveMember($v: ID!) {\n    removeMember(membershipId: $v)\n  }\n": typeof types.EdgesRemoveMemberDocument,
    "\n  mutation EdgesVerifyEmail($v: String!) {\n    verifyEmail(token: $v) {\n      id\n    }\n  }\n": typeof types.EdgesVerifyEmailDocument,
    "\n  mutation EdgesInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": typeof types.EdgesInviteEndorsersDocument,
    "\n  mutation EdgesCreateOrganisationName($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      name\n    }\n  }\n": typeof types.EdgesCreateOrganisationNameDocument,
    "\n  mutation EdgesCreateLetterBody($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      currentVersion {\n        body\n      }\n    }\n  }\n": typeof types.EdgesCreateLetterBodyDocument,
    "\n  query EditionLetterEdition($id: ID) {\n    letter(id: $id) {\n      id\n      edition {\n        id\n        contentHash\n        editionHash\n        deliveredAt\n        signatories {\n          displayName\n          lead\n        }\n        unnamedCount\n        supporterCount\n        verifyUrl\n      }\n    }\n  }\n": typeof types.EditionLetterEditionDocument,
    "\n  query EmbargoLetter($slug: String!) {\n    letter(slug: $slug) {\n      id\n      title\n      publishAt\n      timeline {\n        title\n      }\n    }\n  }\n": typeof types.EmbargoLetterDocument,
    "\n  query EmbargoLetters {\n    letters(first: 50) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": typeof types.EmbargoLettersDocument,
    "\n  mutation EmbargoSetPublication($letterId: ID!, $publishAt: DateTime) {\n    setPublication(letterId: $letterId, publishAt: $publishAt) {\n      id\n      publishAt\n    }\n  }\n": typeof types.EmbargoSetPublicationDocument,
    "\n  subscription EmbargoCountsChanged($id: ID!) {\n    letterCountsChanged(letterId: $id) {\n      signed\n    }\n  }\n": typeof types.EmbargoCountsChangedDocument,
    "\n  query EmbargoEdition($slug: String!) {\n    letter(slug: $slug) {\n      edition {\n        id\n      }\n    }\n  }\n": typeof types.EmbargoEditionDocument,
    "\n  mutation EmbargoInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": typeof types.EmbargoInviteDocument,
    "\n  mutation EmbargoSignByInvitation($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      status\n    }\n  }\n": typeof types.EmbargoSignByInvitationDocument,
    "\n  query EndorsementRulesVerify($r: String!) {\n    verifyReceipt(receipt: $r) {\n      valid\n      letterId\n      organisationName\n      contentHash\n      signedAt\n    }\n  }\n": typeof types.EndorsementRulesVerifyDocument,
    "\n  query EndorsementRulesAudit($id: ID!) {\n    auditTrail(letterId: $id) {\n      verified\n      events {\n        seq\n        kind\n        organisationId\n        hash\n        prevHash\n      }\n    }\n  }\n": typeof types.EndorsementRulesAuditDocument,
    "\n  mutation EndorsementRulesWithdraw($i: WithdrawInput!) {\n    withdrawEndorsement(input: $i) {\n      status\n    }\n  }\n": typeof types.EndorsementRulesWithdrawDocument,
    "\n  query EndorsementRulesLetterVersions($id: ID!) {\n    letter(id: $id) {\n      status\n      versions {\n        number\n      }\n    }\n  }\n": typeof types.EndorsementRulesLetterVersionsDocument,
    "\n  mutation EndorsementRulesInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": typeof types.EndorsementRulesInviteEndorsersDocument,
    "\n  mutation EndorsementRulesComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n": typeof types.EndorsementRulesCommentDocument,
    "\n  query EndorsementRulesLetterEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements {\n        edges {\n          node {\n            status\n            signedVersion {\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EndorsementRulesLetterEndorsementsDocument,
    "\n  query EndorsementsCounts($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n        anonymous\n        needsReconfirmation\n        withdrawn\n        declined\n        invited\n        supporters\n      }\n    }\n  }\n": typeof types.EndorsementsCountsDocument,
    "\n  query EndorsementsSignatories($id: ID!, $order: SignatoryOrder, $country: String, $first: Int, $after: String) {\n    letter(id: $id) {\n      signatories(order: $order, country: $country, first: $first, after: $after) {\n        totalCount\n        anonymousCount\n        edges {\n          cursor\n          node {\n            displayName\n            country\n            organisationSlug\n            lead\n            signedAt\n            organisation {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.EndorsementsSignatoriesDocument,
    "\n  mutation EndorsementsAddCoLead($i: AddCoLeadInput!) {\n    addCoLead(input: $i) {\n      id\n    }\n  }\n": typeof types.EndorsementsAddCoLeadDocument,
    "\n  mutation EndorsementsAcceptCoLead($l: ID!, $o: ID!) {\n    acceptCoLead(letterId: $l, organisationId: $o) {\n      id\n    }\n  }\n": typeof types.EndorsementsAcceptCoLeadDocument,
    "\n  mutation EndorsementsInviteOrganisations($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n      status\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.EndorsementsInviteOrganisationsDocument,
    "\n  mutation EndorsementsInviteByEmail($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": typeof types.EndorsementsInviteByEmailDocument,
    "\n  mutation EndorsementsAcceptInvitation($t: String!, $o: ID!) {\n    acceptInvitation(token: $t, organisationId: $o) {\n      status\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.EndorsementsAcceptInvitationDocument,
    "\n  query EndorsementsCurrentHash($id: ID!) {\n    letter(id: $id) {\n      currentVersion {\n        contentHash\n      }\n    }\n  }\n": typeof types.EndorsementsCurrentHashDocument,
    "\n  mutation EndorsementsDecline($t: String!) {\n    declineInvitation(token: $t, reason: \"Not our mandate\") {\n      status\n    }\n  }\n": typeof types.EndorsementsDeclineDocument,
    "\n  mutation EndorsementsWithdraw($i: WithdrawInput!) {\n    withdrawEndorsement(input: $i) {\n      status\n    }\n  }\n": typeof types.EndorsementsWithdrawDocument,
    "\n  query EndorsementsSignedEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements(status: SIGNED, first: 100) {\n        totalCount\n      }\n    }\n  }\n": typeof types.EndorsementsSignedEndorsementsDocument,
    "\n  query EndorsementsEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements {\n        totalCount\n      }\n    }\n  }\n": typeof types.EndorsementsEndorsementsDocument,
    "\n  query HardeningIntrospection {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n": typeof types.HardeningIntrospectionDocument,
    "\n  query HardeningTypename {\n    __typename\n  }\n": typeof types.HardeningTypenameDocument,
    "\n  mutation HardeningLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.HardeningLogInDocument,
    "\n  mutation HiddenErrorsComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n": typeof types.HiddenErrorsCommentDocument,
    "\n  mutation HiddenErrorsResolve($id: ID!) {\n    resolveComment(commentId: $id) {\n      resolved\n    }\n  }\n": typeof types.HiddenErrorsResolveDocument,
    "\n  fragment LeadsOnlyFieldsRecipient on Recipient {\n    e2: email\n    p2: postalAddress\n  }\n": typeof types.LeadsOnlyFieldsRecipientFragmentDoc,
    "\n  fragment LeadsOnlyFieldsLetter on Letter {\n    recipients {\n      ...LeadsOnlyFieldsRecipient\n    }\n    petition {\n      ... on PetitionSettings {\n        blockedEmailDomains\n        blockedIpRanges\n      }\n    }\n  }\n": typeof types.LeadsOnlyFieldsLetterFragmentDoc,
    "\n  query LeadsOnlyFieldsProbe($slug: String!) {\n    letter(slug: $slug) {\n      a: recipients {\n        email\n        postalAddress\n      }\n      b: recipients {\n        ... on Recipient {\n          email\n        }\n      }\n      ...LeadsOnlyFieldsLetter\n      deliveries {\n        id\n      }\n      targetDeliveries {\n        constituents\n      }\n    }\n    letters(first: 50) {\n      edges {\n        node {\n          id\n          recipients {\n            email\n            postalAddress\n          }\n          petition {\n            blockedEmailDomains\n            blockedIpRanges\n          }\n        }\n      }\n    }\n  }\n": typeof types.LeadsOnlyFieldsProbeDocument,
    "\n  mutation LettersRevise($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      id\n      number\n      contentHash\n      material\n      note\n    }\n  }\n": typeof types.LettersReviseDocument,
    "\n  mutation LettersOpen($id: ID!) {\n    openLetter(letterId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.LettersOpenDocument,
    "\n  mutation LettersClose($id: ID!) {\n    closeLetter(letterId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.LettersCloseDocument,
    "\n  mutation LettersComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n      paragraph\n      resolved\n      author {\n        name\n        email\n      }\n      version {\n        number\n      }\n    }\n  }\n": typeof types.LettersCommentDocument,
    "\n  query LettersVersionsAndDiff($id: ID!) {\n    letter(id: $id) {\n      versions {\n        number\n      }\n      currentVersion {\n        number\n      }\n      diff(fromVersion: 1, toVersion: 4)\n    }\n  }\n": typeof types.LettersVersionsAndDiffDocument,
    "\n  query LettersPrivateLetter($id: ID!) {\n    letter(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.LettersPrivateLetterDocument,
    "\n  query LettersPrivateVersions($id: ID!) {\n    letter(id: $id) {\n      versions {\n        body\n      }\n    }\n  }\n": typeof types.LettersPrivateVersionsDocument,
    "\n  query LettersPrivateComments($id: ID!) {\n    letter(id: $id) {\n      comments {\n        body\n      }\n    }\n  }\n": typeof types.LettersPrivateCommentsDocument,
    "\n  query LettersPrivateDiff($id: ID!) {\n    letter(id: $id) {\n      diff(fromVersion: 1, toVersion: 1)\n    }\n  }\n": typeof types.LettersPrivateDiffDocument,
    "\n  mutation LettersAddCoLead($input: AddCoLeadInput!) {\n    addCoLead(input: $input) {\n      id\n    }\n  }\n": typeof types.LettersAddCoLeadDocument,
    "\n  query LettersCount {\n    letters {\n      totalCount\n    }\n  }\n": typeof types.LettersCountDocument,
    "\n  mutation LettersAcceptCoLead($l: ID!, $o: ID!) {\n    acceptCoLead(letterId: $l, organisationId: $o) {\n      leadOrganisations {\n        id\n      }\n    }\n  }\n": typeof types.LettersAcceptCoLeadDocument,
    "\n  query LettersCommentAuthors($id: ID!) {\n    letter(id: $id) {\n      comments {\n        body\n        author {\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.LettersCommentAuthorsDocument,
    "\n  mutation LettersResolveComment($id: ID!) {\n    resolveComment(commentId: $id) {\n      resolved\n    }\n  }\n": typeof types.LettersResolveCommentDocument,
    "\n  query LettersCommentLists($id: ID!) {\n    letter(id: $id) {\n      open: comments(resolved: false) {\n        body\n      }\n      done: comments(resolved: true) {\n        body\n      }\n      all: comments {\n        body\n      }\n    }\n  }\n": typeof types.LettersCommentListsDocument,
    "\n  query LettersAnonymousRead($id: ID!) {\n    letter(id: $id) {\n      status\n      versions {\n        number\n      }\n      comments {\n        id\n      }\n      timeline {\n        kind\n      }\n    }\n  }\n": typeof types.LettersAnonymousReadDocument,
    "\n  query LettersEarlyDiff($id: ID!) {\n    letter(id: $id) {\n      diff(fromVersion: 1, toVersion: 2)\n    }\n  }\n": typeof types.LettersEarlyDiffDocument,
    "\n  query LettersOpenList {\n    letters(status: OPEN) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LettersOpenListDocument,
    "\n  query LettersTimeline($id: ID!) {\n    letter(id: $id) {\n      timeline {\n        kind\n      }\n    }\n  }\n": typeof types.LettersTimelineDocument,
    "\n  mutation LettersCreate($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n    }\n  }\n": typeof types.LettersCreateDocument,
    "\n  query LimitsProbe {\n    __typename\n  }\n": typeof types.LimitsProbeDocument,
    "\n  mutation LimitsCreate($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n    }\n  }\n": typeof types.LimitsCreateDocument,
    "\n  mutation LimitsRevise($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      number\n    }\n  }\n": typeof types.LimitsReviseDocument,
    "\n  query LimitsDiff($id: ID!) {\n    letter(id: $id) {\n      diff(fromVersion: 1, toVersion: 2)\n    }\n  }\n": typeof types.LimitsDiffDocument,
    "\n  mutation LimitsComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n": typeof types.LimitsCommentDocument,
    "\n  query LimitsLists($id: ID!, $n: Int) {\n    letter(id: $id) {\n      versions(first: $n) {\n        number\n      }\n      all: versions {\n        number\n      }\n      comments(first: $n) {\n        body\n      }\n      allComments: comments {\n        body\n      }\n      timeline(first: $n) {\n        kind\n      }\n    }\n  }\n": typeof types.LimitsListsDocument,
    "\n  query LimitsCurrentHash($id: ID!) {\n    letter(id: $id) {\n      currentVersion {\n        contentHash\n      }\n    }\n  }\n": typeof types.LimitsCurrentHashDocument,
    "\n  mutation MailLanguageInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": typeof types.MailLanguageInviteDocument,
    "\n  mutation MailLanguageSetOpen($letterId: ID!) {\n    setOpenSignOn(letterId: $letterId, open: true) {\n      openSignOn\n    }\n  }\n": typeof types.MailLanguageSetOpenDocument,
    "\n  mutation MailLanguageRequestToSign($input: RequestToSignInput!) {\n    requestToSign(input: $input)\n  }\n": typeof types.MailLanguageRequestToSignDocument,
    "\n  mutation MailLanguageConfirmSignOn($token: String!) {\n    confirmSignOn(token: $token) {\n      status\n    }\n  }\n": typeof types.MailLanguageConfirmSignOnDocument,
    "\n  mutation MailLanguageSignPetition($input: SignPetitionInput!) {\n    signPetition(input: $input)\n  }\n": typeof types.MailLanguageSignPetitionDocument,
    "\n  mutation MailLanguageSignByInvitation($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.MailLanguageSignByInvitationDocument,
    "\n  mutation MailOutboxVerifyEmail($t: String!) {\n    verifyEmail(token: $t) {\n      email\n      emailVerified\n    }\n  }\n": typeof types.MailOutboxVerifyEmailDocument,
    "\n  mutation MembershipInvitationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n    }\n  }\n": typeof types.MembershipInvitationsInviteDocument,
    "\n  mutation MembershipInvitationsAccept($t: String!) {\n    acceptMembershipInvitation(token: $t) {\n      id\n      role\n    }\n  }\n": typeof types.MembershipInvitationsAcceptDocument,
    "\n  query MembershipInvitationsMembers($id: ID) {\n    organisation(id: $id) {\n      members {\n        id\n        role\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MembershipInvitationsMembersDocument,
    "\n  query MembershipInvitationsList($id: ID!) {\n    membershipInvitations(organisationId: $id) {\n      id\n      email\n      role\n      status\n      expiresAt\n      invitedBy {\n        id\n      }\n    }\n  }\n": typeof types.MembershipInvitationsListDocument,
    "\n  mutation MembershipInvitationsRevoke($id: ID!) {\n    revokeMembershipInvitation(id: $id)\n  }\n": typeof types.MembershipInvitationsRevokeDocument,
    "\n  mutation MembershipInvitationsRemove($id: ID!) {\n    removeMember(membershipId: $id)\n  }\n": typeof types.MembershipInvitationsRemoveDocument,
    "\n  mutation MembershipInvitationsChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.MembershipInvitationsChangeRoleDocument,
    "\n  mutation OpenSignOnSet($letterId: ID!, $open: Boolean!, $autoApproveVerified: Boolean) {\n    setOpenSignOn(letterId: $letterId, open: $open, autoApproveVerified: $autoApproveVerified) {\n      id\n      openSignOn\n      autoApproveVerified\n    }\n  }\n": typeof types.OpenSignOnSetDocument,
    "\n  mutation OpenSignOnRequest($input: RequestToSignInput!) {\n    requestToSign(input: $input)\n  }\n": typeof types.OpenSignOnRequestDocument,
    "\n  mutation OpenSignOnConfirm($token: String!) {\n    confirmSignOn(token: $token) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedBy\n      organisation {\n        id\n        name\n        verifiedDomain\n      }\n    }\n  }\n": typeof types.OpenSignOnConfirmDocument,
    "\n  query OpenSignOnLetter($id: ID!) {\n    letter(id: $id) {\n      openSignOn\n      autoApproveVerified\n      counts {\n        signed\n        anonymous\n        needsReconfirmation\n        withdrawn\n      }\n      signatories(first: 50) {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            verified\n            organisation {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpenSignOnLetterDocument,
    "\n  query OpenSignOnQueue($id: ID!) {\n    letter(id: $id) {\n      endorsements(status: PENDING_APPROVAL, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            signedBy\n            signerName\n            organisation {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpenSignOnQueueDocument,
    "\n  mutation OpenSignOnApprove($id: ID!) {\n    approveEndorsement(endorsementId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.OpenSignOnApproveDocument,
    "\n  mutation OpenSignOnReject($id: ID!) {\n    rejectEndorsement(endorsementId: $id, reason: \"not a coalition member\") {\n      id\n      status\n    }\n  }\n": typeof types.OpenSignOnRejectDocument,
    "\n  query OpenSignOnByLink($token: String!) {\n    endorsementByLink(token: $token) {\n      id\n      status\n      contentHash\n    }\n  }\n": typeof types.OpenSignOnByLinkDocument,
    "\n  mutation OpenSignOnReconfirm($token: String!, $contentHash: String!) {\n    reconfirmByLink(token: $token, contentHash: $contentHash) {\n      id\n      status\n      contentHash\n    }\n  }\n": typeof types.OpenSignOnReconfirmDocument,
    "\n  query OpenSignOnRequestByLink($token: String!) {\n    signOnRequestByLink(token: $token) {\n      email\n      organisationName\n      signerName\n      anonymous\n      contentHash\n      letter {\n        slug\n        currentVersion {\n          contentHash\n        }\n      }\n    }\n  }\n": typeof types.OpenSignOnRequestByLinkDocument,
    "\n  mutation OpenSignOnWithdraw($token: String!) {\n    withdrawByLink(token: $token) {\n      id\n      status\n    }\n  }\n": typeof types.OpenSignOnWithdrawDocument,
    "\n  query OrganisationsOrganisation($id: ID) {\n    organisation(id: $id) {\n      id\n      name\n      country\n      members {\n        id\n        role\n        user {\n          id\n          email\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsOrganisationDocument,
    "\n  mutation OrganisationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.OrganisationsInviteDocument,
    "\n  mutation OrganisationsAccept($t: String!) {\n    acceptMembershipInvitation(token: $t) {\n      id\n      role\n      user {\n        id\n      }\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.OrganisationsAcceptDocument,
    "\n  mutation OrganisationsChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.OrganisationsChangeRoleDocument,
    "\n  mutation OrganisationsRemove($id: ID!) {\n    removeMember(membershipId: $id)\n  }\n": typeof types.OrganisationsRemoveDocument,
    "\n  query OrganisationsMyMemberships {\n    me {\n      memberships {\n        organisation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsMyMembershipsDocument,
    "\n  query OrganisationsList($search: String, $country: String, $first: Int, $after: String) {\n    organisations(search: $search, country: $country, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n          country\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganisationsListDocument,
    "\n  query OsdiLetterSigners($id: ID!) {\n    letter(id: $id) {\n      id\n      signatories(first: 50) {\n        anonymousCount\n        edges {\n          node {\n            displayName\n          }\n        }\n      }\n      endorsements(first: 50) {\n        edges {\n          node {\n            id\n            displayName\n            signerName\n            anonymous\n          }\n        }\n      }\n    }\n  }\n": typeof types.OsdiLetterSignersDocument,
    "\n        query OsdiOutsiderSignatories($id: ID!) {\n          letter(id: $id) {\n            signatories(first: 50) {\n              anonymousCount\n              edges {\n                node {\n                  displayName\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.OsdiOutsiderSignatoriesDocument,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n": typeof types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($response: String!, $name: String) {\n    finishPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.FinishPasskeyRegistrationDocument,
    "\n  mutation StartPasskeyLogIn($email: String) {\n    startPasskeyLogIn(email: $email)\n  }\n": typeof types.StartPasskeyLogInDocument,
    "\n  mutation FinishPasskeyLogIn($response: String!) {\n    finishPasskeyLogIn(response: $response) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n": typeof types.FinishPasskeyLogInDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(passkeyId: $id)\n  }\n": typeof types.RemovePasskeyDocument,
    "\n  query MyPasskeys {\n    me {\n      id\n      passkeys {\n        id\n        name\n        lastUsedAt\n      }\n    }\n    sessions {\n      current\n      methods\n    }\n  }\n": typeof types.MyPasskeysDocument,
    "\n  mutation RequirePhishingResistant($id: ID!, $on: Boolean) {\n    setOrganisationSecurity(organisationId: $id, requirePhishingResistant: $on) {\n      id\n      requireTwoFactor\n      requirePhishingResistant\n    }\n  }\n": typeof types.RequirePhishingResistantDocument,
    "\n  query LeadEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements {\n        totalCount\n        edges {\n          node {\n            displayName\n            anonymous\n          }\n        }\n      }\n    }\n  }\n": typeof types.LeadEndorsementsDocument,
    "\n  query PetitionCountCrowdedPage($slug: String!) {\n    letter(slug: $slug) {\n      title\n      counts {\n        signed\n        supporters\n      }\n      signatories(first: 20) {\n        totalCount\n      }\n    }\n  }\n": typeof types.PetitionCountCrowdedPageDocument,
    "\n  mutation PetitionCountClose($id: ID!) {\n    closeLetter(letterId: $id) {\n      id\n    }\n  }\n": typeof types.PetitionCountCloseDocument,
    "\n  query PetitionCountStatus($s: String!) {\n    letter(slug: $s) {\n      status\n    }\n  }\n": typeof types.PetitionCountStatusDocument,
    "\n  query PetitionScaleSupportersByCountry($id: ID!) {\n    letter(id: $id) {\n      supportersByCountry {\n        country\n        count\n      }\n    }\n  }\n": typeof types.PetitionScaleSupportersByCountryDocument,
    "\n  mutation PetitionWithdrawSignature($t: String!) {\n    withdrawSignature(token: $t)\n  }\n": typeof types.PetitionWithdrawSignatureDocument,
    "\n  mutation PetitionEraseSupporterData($t: String!) {\n    eraseSupporterData(token: $t)\n  }\n": typeof types.PetitionEraseSupporterDataDocument,
    "\n  mutation PetitionInvalidateSignatures($input: InvalidateSignaturesInput!) {\n    invalidateSignatures(input: $input)\n  }\n": typeof types.PetitionInvalidateSignaturesDocument,
    "\n  mutation PetitionCloseLetter($id: ID!) {\n    closeLetter(letterId: $id) {\n      id\n    }\n  }\n": typeof types.PetitionCloseLetterDocument,
    "\n  query PetitionView($id: ID!) {\n    letter(id: $id) {\n      goal\n      counts {\n        supporters\n      }\n      supportersByCountry {\n        country\n        count\n      }\n      supporters(first: 100) {\n        totalCount\n        edges {\n          node {\n            name\n          }\n        }\n      }\n      timeline(first: 100) {\n        kind\n        title\n      }\n      petition {\n        consentText\n        minimumAge\n      }\n    }\n  }\n": typeof types.PetitionViewDocument,
    "\n  query PetitionSupporterNames($id: ID!) {\n    letter(id: $id) {\n      supporters {\n        edges {\n          node {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PetitionSupporterNamesDocument,
    "\n  query PetitionEdition($id: ID!) {\n    letter(id: $id) {\n      edition {\n        supporterCount\n      }\n    }\n  }\n": typeof types.PetitionEditionDocument,
    "\n  query PetitionCounts($id: ID!) {\n    letter(id: $id) {\n      counts {\n        supporters\n      }\n      supportersByCountry {\n        country\n        count\n      }\n    }\n  }\n": typeof types.PetitionCountsDocument,
    "\n  query RepresentativesImportRepresentatives($postcode: String!, $areaType: String) {\n    representatives(postcode: $postcode, areaType: $areaType) {\n      id\n      name\n      title\n      email\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n": typeof types.RepresentativesImportRepresentativesDocument,
    "\n  mutation RepresentativesLookupUpsertTargets($input: [TargetInput!]!) {\n    upsertTargets(input: $input) {\n      id\n      name\n      title\n      email\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n": typeof types.RepresentativesLookupUpsertTargetsDocument,
    "\n  query RepresentativesLookupRepresentatives($postcode: String!, $areaType: String) {\n    representatives(postcode: $postcode, areaType: $areaType) {\n      id\n      name\n      title\n      email\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n": typeof types.RepresentativesLookupRepresentativesDocument,
    "\n  query RepresentativesLookupTypename {\n    __typename\n  }\n": typeof types.RepresentativesLookupTypenameDocument,
    "\n  mutation RepresentativesLookupLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.RepresentativesLookupLogInDocument,
    "\n  mutation RepresentativesSafetyUpsertTargets($input: [TargetInput!]!) {\n    upsertTargets(input: $input) {\n      email\n    }\n  }\n": typeof types.RepresentativesSafetyUpsertTargetsDocument,
    "\n  query RepresentativesSafetyRepresentatives($postcode: String!, $areaType: String) {\n    representatives(postcode: $postcode, areaType: $areaType) {\n      id\n      name\n      title\n      email\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n": typeof types.RepresentativesSafetyRepresentativesDocument,
    "\n  query LetterSupportersByArea($id: ID!) {\n    letter(id: $id) {\n      supportersByArea {\n        areaCode\n        areaName\n        count\n      }\n    }\n  }\n": typeof types.LetterSupportersByAreaDocument,
    "\n  mutation WithdrawSignature($t: String!) {\n    withdrawSignature(token: $t)\n  }\n": typeof types.WithdrawSignatureDocument,
    "\n  query LetterTargetDeliveries($id: ID!) {\n    letter(id: $id) {\n      targetDeliveries {\n        target {\n          name\n          email\n          area {\n            code\n            name\n          }\n        }\n        constituents\n        pending\n        sending\n        sent\n        failed\n        attempts\n        addressFailedAt\n        lastError\n      }\n    }\n  }\n": typeof types.LetterTargetDeliveriesDocument,
    "\n  mutation ResilienceLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.ResilienceLogInDocument,
    "\n  mutation ResilienceCreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n      currentVersion {\n        contentHash\n      }\n    }\n  }\n": typeof types.ResilienceCreateLetterDocument,
    "\n  mutation ResilienceEndorse($input: EndorseInput!) {\n    endorseLetter(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ResilienceEndorseDocument,
    "\n  query ResilienceReadLetter($id: ID!) {\n    letter(id: $id) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.ResilienceReadLetterDocument,
    "\n  subscription ResilienceLetterCountsChanged($id: ID!) {\n    letterCountsChanged(letterId: $id) {\n      signed\n    }\n  }\n": typeof types.ResilienceLetterCountsChangedDocument,
    "\n  query ResponseBudgetVersions($id: ID!) {\n    letter(id: $id) {\n      versions(first: 100) {\n        body\n      }\n    }\n  }\n": typeof types.ResponseBudgetVersionsDocument,
    "\n  query ResponseBudgetCurrentVersion($id: ID!) {\n    letter(id: $id) {\n      currentVersion {\n        body\n      }\n    }\n  }\n": typeof types.ResponseBudgetCurrentVersionDocument,
    "\n  mutation RoleMatrixLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      refreshToken\n    }\n  }\n": typeof types.RoleMatrixLogInDocument,
    "\n  mutation RoleMatrixReauthenticate($password: String) {\n    reauthenticate(password: $password) {\n      accessToken\n    }\n  }\n": typeof types.RoleMatrixReauthenticateDocument,
    "\n  mutation RoleMatrixStartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n": typeof types.RoleMatrixStartPasskeyRegistrationDocument,
    "\n  mutation RoleMatrixFinishPasskeyRegistration($response: String!) {\n    finishPasskeyRegistration(response: $response) {\n      id\n    }\n  }\n": typeof types.RoleMatrixFinishPasskeyRegistrationDocument,
    "\n  mutation RoleMatrixStartPasskeyLogIn {\n    startPasskeyLogIn\n  }\n": typeof types.RoleMatrixStartPasskeyLogInDocument,
    "\n  mutation RoleMatrixComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n": typeof types.RoleMatrixCommentDocument,
    "\n  mutation RoleMatrixSignByInvitation($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n    }\n  }\n": typeof types.RoleMatrixSignByInvitationDocument,
    "\n  mutation SignByInvitationInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": typeof types.SignByInvitationInviteDocument,
    "\n  mutation SignByInvitationSign($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedBy\n      organisation {\n        id\n        name\n        verifiedDomain\n      }\n    }\n  }\n": typeof types.SignByInvitationSignDocument,
    "\n  query SignByInvitationByLink($token: String!) {\n    endorsementByLink(token: $token) {\n      id\n      status\n      contentHash\n      anonymous\n      signerName\n      signedBy\n      letter {\n        id\n        title\n        currentVersion {\n          contentHash\n          body\n        }\n      }\n    }\n  }\n": typeof types.SignByInvitationByLinkDocument,
    "\n  query SignByInvitationInvitation($token: String!) {\n    invitationByLink(token: $token) {\n      id\n      status\n      email\n      name\n      organisation {\n        id\n        name\n      }\n      letter {\n        id\n        title\n        status\n        endorsementDeadline\n        currentVersion {\n          number\n          contentHash\n          body\n        }\n        leadOrganisations {\n          name\n        }\n        signatories(first: 50) {\n          totalCount\n          anonymousCount\n          edges {\n            node {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SignByInvitationInvitationDocument,
    "\n  mutation SignByInvitationReconfirm($token: String!, $contentHash: String!, $anonymous: Boolean) {\n    reconfirmByLink(token: $token, contentHash: $contentHash, anonymous: $anonymous) {\n      id\n      status\n      contentHash\n      anonymous\n    }\n  }\n": typeof types.SignByInvitationReconfirmDocument,
    "\n  mutation SignByInvitationWithdraw($token: String!, $reason: String) {\n    withdrawByLink(token: $token, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.SignByInvitationWithdrawDocument,
    "\n  query SignByInvitationSignatories($id: ID!) {\n    letter(id: $id) {\n      signatories(first: 50) {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            verified\n            contentHash\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SignByInvitationSignatoriesDocument,
    "\n  query SignByInvitationLeadView($id: ID!) {\n    letter(id: $id) {\n      endorsements(first: 50) {\n        edges {\n          node {\n            id\n            status\n            signedBy\n            signerName\n          }\n        }\n      }\n    }\n  }\n": typeof types.SignByInvitationLeadViewDocument,
    "\n  mutation SignByInvitationSignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": typeof types.SignByInvitationSignUpDocument,
    "\n  mutation SignByInvitationVerify($token: String!) {\n    verifyEmail(token: $token) {\n      emailVerified\n    }\n  }\n": typeof types.SignByInvitationVerifyDocument,
    "\n  mutation SignByInvitationLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.SignByInvitationLogInDocument,
    "\n  query SignByInvitationDirectory($search: String!, $id: ID!) {\n    organisations(search: $search) {\n      totalCount\n    }\n    organisation(id: $id) {\n      id\n    }\n  }\n": typeof types.SignByInvitationDirectoryDocument,
    "\n  mutation SignByInvitationWithdrawByAccount($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      status\n    }\n  }\n": typeof types.SignByInvitationWithdrawByAccountDocument,
    "\n  mutation SignByInvitationReject($id: ID!) {\n    rejectEndorsement(endorsementId: $id, reason: \"not one of ours\") {\n      status\n    }\n  }\n": typeof types.SignByInvitationRejectDocument,
    "\n  query SignByInvitationMyMemberships {\n    me {\n      memberships {\n        role\n        organisation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SignByInvitationMyMembershipsDocument,
    "\n  mutation SubscriptionsAccessInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n": typeof types.SubscriptionsAccessInviteDocument,
    "\n  query SubscriptionsAccessMembers($id: ID) {\n    organisation(id: $id) {\n      members {\n        id\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SubscriptionsAccessMembersDocument,
    "\n  mutation SubscriptionsAccessRemove($id: ID!) {\n    removeMember(membershipId: $id)\n  }\n": typeof types.SubscriptionsAccessRemoveDocument,
    "\n  subscription SubscriptionsAccessDeliveryChanged($id: ID!) {\n    deliveryChanged(letterId: $id) {\n      status\n      recipient {\n        name\n      }\n    }\n  }\n": typeof types.SubscriptionsAccessDeliveryChangedDocument,
    "\n  subscription SubscriptionsAccessCountsChanged($id: ID!) {\n    letterCountsChanged(letterId: $id) {\n      invited\n    }\n  }\n": typeof types.SubscriptionsAccessCountsChangedDocument,
    "\n  mutation SubscriptionsAccessEvent($input: DeliveryEventInput!) {\n    recordDeliveryEvent(input: $input) {\n      status\n    }\n  }\n": typeof types.SubscriptionsAccessEventDocument,
    "\n  mutation SubscriptionsAccessInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": typeof types.SubscriptionsAccessInviteEndorsersDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        emailVerified\n        twoFactorEnabled\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  query Me {\n    me {\n      id\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation RefreshSession($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.StartTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n": typeof types.ConfirmTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!, $code: String) {\n    resetPassword(token: $token, password: $password, code: $code)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($current: String!, $password: String!) {\n    changePassword(currentPassword: $current, password: $password)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($email: String!) {\n    changeEmail(email: $email)\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        id\n        name\n        organisationId\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($apiKeyId: ID!) {\n    revokeApiKey(apiKeyId: $apiKeyId)\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation EdgeLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.EdgeLogInDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation CreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n      slug\n      currentVersion {\n        id\n      }\n    }\n  }\n": typeof types.CreateLetterDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": typeof types.SignUpDocument,
    "\n  mutation FactoryLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n": typeof types.FactoryLogInDocument,
    "\n  mutation FactoryCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.FactoryCreateOrganisationDocument,
    "\n  fragment TestLetterFields on Letter {\n    id\n    slug\n    title\n    status\n    visibility\n    endorsementDeadline\n    currentVersion {\n      id\n      number\n      contentHash\n    }\n    leadOrganisations {\n      id\n    }\n  }\n": typeof types.TestLetterFieldsFragmentDoc,
    "\n  mutation FactoryCreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      ...TestLetterFields\n    }\n  }\n": typeof types.FactoryCreateLetterDocument,
    "\n  mutation EndorseLetter($input: EndorseInput!) {\n    endorseLetter(input: $input) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedAt\n      receipt\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.EndorseLetterDocument,
    "\n  mutation FactoryOpenLetter($letterId: ID!) {\n    openLetter(letterId: $letterId) {\n      id\n    }\n  }\n": typeof types.FactoryOpenLetterDocument,
    "\n  mutation ReviseLetter($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      id\n      number\n      contentHash\n    }\n  }\n": typeof types.ReviseLetterDocument,
    "\n  mutation FactoryAddRecipient($input: AddRecipientInput!) {\n    addRecipient(input: $input) {\n      id\n    }\n  }\n": typeof types.FactoryAddRecipientDocument,
    "\n  mutation FactoryDeliverLetter($letterId: ID!) {\n    deliverLetter(letterId: $letterId) {\n      id\n      messageId\n    }\n  }\n": typeof types.FactoryDeliverLetterDocument,
    "\n  mutation SignPetition($input: SignPetitionInput!) {\n    signPetition(input: $input)\n  }\n": typeof types.SignPetitionDocument,
    "\n  mutation ConfirmSignature($token: String!) {\n    confirmSignature(token: $token) {\n      id\n      status\n      name\n      confirmedAt\n    }\n  }\n": typeof types.ConfirmSignatureDocument,
    "\n  mutation SetPetitionSettings($input: PetitionSettingsInput!) {\n    setPetitionSettings(input: $input) {\n      id\n      goal\n    }\n  }\n": typeof types.SetPetitionSettingsDocument,
    "\n  query SupporterCount($id: ID!) {\n    letter(id: $id) {\n      counts {\n        supporters\n      }\n    }\n  }\n": typeof types.SupporterCountDocument,
    "\n  mutation SetTargeting($input: TargetingInput!) {\n    setTargeting(input: $input) {\n      id\n      targeting {\n        mode\n        areaType\n        perTargetPerHour\n      }\n    }\n  }\n": typeof types.SetTargetingDocument,
    "\n  mutation WebhooksCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        letterId\n        enabled\n        publicKey\n      }\n    }\n  }\n": typeof types.WebhooksCreateDocument,
    "\n  mutation TimelinePostUpdate($input: PostUpdateInput!) {\n    postUpdate(input: $input) {\n      id\n      kind\n      title\n      body\n      occurredAt\n    }\n  }\n": typeof types.TimelinePostUpdateDocument,
    "\n  query TimelineTimeline($id: ID!) {\n    letter(id: $id) {\n      timeline {\n        kind\n        title\n        body\n        occurredAt\n      }\n    }\n  }\n": typeof types.TimelineTimelineDocument,
    "\n  mutation TranslationPdfsSave($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.TranslationPdfsSaveDocument,
    "\n  mutation TranslationPdfsApprove($translationId: ID!) {\n    approveTranslation(translationId: $translationId) {\n      id\n      status\n    }\n  }\n": typeof types.TranslationPdfsApproveDocument,
    "\n  query TranslationPdfsEdition($id: ID!) {\n    letter(id: $id) {\n      currentVersion {\n        contentHash\n      }\n      edition {\n        id\n        contentHash\n        editionHash\n        translations {\n          language\n          contentHash\n          pdfUrl\n        }\n      }\n    }\n  }\n": typeof types.TranslationPdfsEditionDocument,
    "\n  mutation TranslationsSave($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      id\n      language\n      title\n      body\n      contentHash\n      translator\n      status\n      basedOnVersion\n      approvedAt\n      updatedAt\n    }\n  }\n": typeof types.TranslationsSaveDocument,
    "\n  mutation TranslationsApprove($translationId: ID!) {\n    approveTranslation(translationId: $translationId) {\n      id\n      status\n      basedOnVersion\n      approvedAt\n    }\n  }\n": typeof types.TranslationsApproveDocument,
    "\n  mutation TranslationsDelete($translationId: ID!) {\n    deleteTranslation(translationId: $translationId)\n  }\n": typeof types.TranslationsDeleteDocument,
    "\n  query TranslationsRead($id: ID!, $status: TranslationStatus, $language: String!) {\n    letter(id: $id) {\n      language\n      translations(status: $status) {\n        id\n        language\n        title\n        status\n        contentHash\n        basedOnVersion\n      }\n      translation(language: $language) {\n        id\n        language\n        title\n        body\n        translator\n        status\n      }\n    }\n  }\n": typeof types.TranslationsReadDocument,
    "\n  query TranslationsDiff($id: ID!, $from: Int!, $to: Int!) {\n    letter(id: $id) {\n      diff(fromVersion: $from, toVersion: $to)\n    }\n  }\n": typeof types.TranslationsDiffDocument,
    "\n  query TranslationsEdition($id: ID!) {\n    letter(id: $id) {\n      slug\n      edition {\n        id\n        contentHash\n        editionHash\n        unnamedCount\n        supporterCount\n        signatories {\n          displayName\n        }\n        translations {\n          language\n          contentHash\n          pdfUrl\n        }\n      }\n    }\n  }\n": typeof types.TranslationsEditionDocument,
    "\n          mutation TranslationsCreateLetter($input: CreateLetterInput!) {\n            createLetter(input: $input) {\n              id\n            }\n          }\n        ": typeof types.TranslationsCreateLetterDocument,
    "\n            mutation TranslationsRaceRevise($input: ReviseLetterInput!) {\n              reviseLetter(input: $input) {\n                number\n              }\n            }\n          ": typeof types.TranslationsRaceReviseDocument,
    "\n  mutation TrustAccessInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.TrustAccessInviteDocument,
    "\n  query TrustAccessRead($id: ID!) {\n    letter(id: $id) {\n      id\n      currentVersion {\n        body\n      }\n    }\n  }\n": typeof types.TrustAccessReadDocument,
    "\n  query TrustAccessVerifyReceipt($r: String!) {\n    verifyReceipt(receipt: $r) {\n      valid\n      current\n      contentHash\n    }\n  }\n": typeof types.TrustAccessVerifyReceiptDocument,
    "\n  mutation TrustAccessComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n": typeof types.TrustAccessCommentDocument,
    "\n  query TrustAccessLeadView($id: ID!) {\n    letter(id: $id) {\n      recipients {\n        email\n      }\n      endorsements {\n        edges {\n          node {\n            anonymous\n            organisation {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrustAccessLeadViewDocument,
    "\n  mutation TrustAccessDecline($t: String!) {\n    declineInvitation(token: $t) {\n      status\n    }\n  }\n": typeof types.TrustAccessDeclineDocument,
    "\n  mutation TrustAccessDeclineAndRead($t: String!) {\n    declineInvitation(token: $t) {\n      status\n      letter {\n        currentVersion {\n          body\n        }\n      }\n    }\n  }\n": typeof types.TrustAccessDeclineAndReadDocument,
    "\n  query TrustAccessLetterId($id: ID!) {\n    letter(id: $id) {\n      id\n    }\n  }\n": typeof types.TrustAccessLetterIdDocument,
    "\n  mutation TrustAccessAccept($t: String!, $o: ID!) {\n    acceptInvitation(token: $t, organisationId: $o) {\n      status\n    }\n  }\n": typeof types.TrustAccessAcceptDocument,
    "\n  mutation TrustAccessWithdraw($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      status\n    }\n  }\n": typeof types.TrustAccessWithdrawDocument,
    "\n  mutation TrustAccessVerifyDomain($id: ID!) {\n    verifyOrganisationDomain(organisationId: $id) {\n      verifiedDomain\n    }\n  }\n": typeof types.TrustAccessVerifyDomainDocument,
    "\n  mutation TrustAccessCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.TrustAccessCreateOrganisationDocument,
    "\n  mutation TrustAccessReject($id: ID!) {\n    rejectEndorsement(endorsementId: $id, reason: \"Not who they say\") {\n      status\n    }\n  }\n": typeof types.TrustAccessRejectDocument,
    "\n  query TrustAccessComments($id: ID!) {\n    letter(id: $id) {\n      comments {\n        id\n      }\n    }\n  }\n": typeof types.TrustAccessCommentsDocument,
    "\n  query TrustAccessSignatories($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n      }\n      signatories {\n        edges {\n          node {\n            displayName\n            verified\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrustAccessSignatoriesDocument,
    "\n  query TrustAccessAuditTrail($id: ID!) {\n    auditTrail(letterId: $id) {\n      verified\n      headHash\n      checkpoint\n      events {\n        hash\n      }\n    }\n  }\n": typeof types.TrustAccessAuditTrailDocument,
    "\n  query TrustAccessAuditHead($id: ID!) {\n    auditTrail(letterId: $id) {\n      headHash\n    }\n  }\n": typeof types.TrustAccessAuditHeadDocument,
    "\n  query TrustSigningSignatories($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n        anonymous\n      }\n      signatories {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            organisationSlug\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrustSigningSignatoriesDocument,
    "\n  mutation TrustSigningWithdrawEndorsement($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      status\n    }\n  }\n": typeof types.TrustSigningWithdrawEndorsementDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  query Trust3BadgeSignatories($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n      }\n      signatories {\n        edges {\n          node {\n            displayName\n            verified\n            verifiedDomain\n          }\n        }\n      }\n    }\n  }\n": typeof types.Trust3BadgeSignatoriesDocument,
    "\n  query Trust3BadgeEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements {\n        edges {\n          node {\n            id\n            status\n            displayName\n            organisation {\n              name\n              verifiedDomain\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.Trust3BadgeEndorsementsDocument,
    "\n  mutation Trust3BadgeApprove($id: ID!) {\n    approveEndorsement(endorsementId: $id) {\n      id\n      status\n      displayName\n    }\n  }\n": typeof types.Trust3BadgeApproveDocument,
    "\n  mutation Trust3BadgeVerifyDomain($id: ID!) {\n    verifyOrganisationDomain(organisationId: $id) {\n      verifiedDomain\n    }\n  }\n": typeof types.Trust3BadgeVerifyDomainDocument,
    "\n  query Trust3BadgeEdition($id: ID!) {\n    letter(id: $id) {\n      edition {\n        id\n        signatories {\n          displayName\n          verified\n          verifiedDomain\n        }\n      }\n    }\n  }\n": typeof types.Trust3BadgeEditionDocument,
    "\n  mutation Trust3BadgeCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.Trust3BadgeCreateOrganisationDocument,
    "\n  mutation Trust3BadgeAddCoLead($input: AddCoLeadInput!) {\n    addCoLead(input: $input) {\n      id\n    }\n  }\n": typeof types.Trust3BadgeAddCoLeadDocument,
    "\n  mutation Trust3BadgeAcceptCoLead($l: ID!, $o: ID!) {\n    acceptCoLead(letterId: $l, organisationId: $o) {\n      id\n    }\n  }\n": typeof types.Trust3BadgeAcceptCoLeadDocument,
    "\n  query Trust3BudgetTypename {\n    __typename\n  }\n": typeof types.Trust3BudgetTypenameDocument,
    "\n  query Trust3BudgetTwoTimelines($id: ID!) {\n    letter(id: $id) {\n      a: timeline(first: 100) {\n        body\n      }\n      b: timeline(first: 100) {\n        body\n      }\n    }\n  }\n": typeof types.Trust3BudgetTwoTimelinesDocument,
    "\n  query Trust3BudgetSmallPages($id: ID!, $n: Int) {\n    letter(id: $id) {\n      t0: timeline(first: $n) {\n        id\n        kind\n        title\n        body\n        occurredAt\n      }\n      t1: timeline(first: $n) {\n        id\n        kind\n        title\n        body\n        occurredAt\n      }\n      t2: timeline(first: $n) {\n        id\n        kind\n        title\n        body\n        occurredAt\n      }\n    }\n  }\n": typeof types.Trust3BudgetSmallPagesDocument,
    "\n  query Trust3BudgetTimelinePage($id: ID!, $n: Int) {\n    letter(id: $id) {\n      timeline(first: $n) {\n        id\n      }\n    }\n  }\n": typeof types.Trust3BudgetTimelinePageDocument,
    "\n  mutation Trust3InvitationsInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": typeof types.Trust3InvitationsInviteDocument,
    "\n  query Trust3KeysVerifyReceipt($r: String!) {\n    verifyReceipt(receipt: $r) {\n      valid\n      organisationName\n    }\n  }\n": typeof types.Trust3KeysVerifyReceiptDocument,
    "\n  query Trust3KeysCheckpoint($id: ID!) {\n    auditTrail(letterId: $id) {\n      checkpoint\n    }\n  }\n": typeof types.Trust3KeysCheckpointDocument,
    "\n  mutation Trust3MinorEditsRevise($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      number\n      contentHash\n    }\n  }\n": typeof types.Trust3MinorEditsReviseDocument,
    "\n  mutation Trust3MinorEditsObject($token: String!) {\n    objectToMinorEdit(token: $token)\n  }\n": typeof types.Trust3MinorEditsObjectDocument,
    "\n  mutation Trust3MinorEditsConfirmSignature($t: String!) {\n    confirmSignature(token: $t) {\n      id\n    }\n  }\n": typeof types.Trust3MinorEditsConfirmSignatureDocument,
    "\n  query Trust3MinorEditsCounts($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n        needsReconfirmation\n      }\n    }\n  }\n": typeof types.Trust3MinorEditsCountsDocument,
    "\n  query Trust3MinorEditsAuditTrail($id: ID!) {\n    auditTrail(letterId: $id) {\n      verified\n      events {\n        kind\n        organisationId\n      }\n    }\n  }\n": typeof types.Trust3MinorEditsAuditTrailDocument,
    "\n  query Trust3MinorEditsEdition($id: ID!) {\n    letter(id: $id) {\n      edition {\n        id\n        contentHash\n        editionHash\n        unnamedCount\n        supporterCount\n        signatories {\n          displayName\n          signedVersion\n          contentHash\n        }\n        minorEdits {\n          version\n          contentHash\n          diff\n        }\n      }\n    }\n  }\n": typeof types.Trust3MinorEditsEditionDocument,
    "\n  mutation Reauthenticate($password: String, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ReauthenticateDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      current\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  mutation Trust3RelaysInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n": typeof types.Trust3RelaysInviteDocument,
    "\n  query Trust3RenderProbe {\n    __typename\n  }\n": typeof types.Trust3RenderProbeDocument,
    "\n  query Trust3RenderEditionId($id: ID) {\n    letter(id: $id) {\n      edition {\n        id\n      }\n    }\n  }\n": typeof types.Trust3RenderEditionIdDocument,
    "\n  mutation InviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": typeof types.InviteEndorsersDocument,
    "\n  query Letter($id: ID!) {\n    letter(id: $id) {\n      id\n    }\n  }\n": typeof types.LetterDocument,
    "\n  mutation LogOut($t: String!) {\n    logOut(refreshToken: $t)\n  }\n": typeof types.LogOutDocument,
    "\n  query SessionMethods {\n    sessions {\n      id\n      current\n      methods\n    }\n  }\n": typeof types.SessionMethodsDocument,
    "\n  mutation RequireTwoFactor($id: ID!) {\n    setOrganisationSecurity(organisationId: $id, requireTwoFactor: true) {\n      id\n    }\n  }\n": typeof types.RequireTwoFactorDocument,
    "\n  mutation UpsertTargets($input: [TargetInput!]!) {\n    upsertTargets(input: $input) {\n      id\n    }\n  }\n": typeof types.UpsertTargetsDocument,
    "\n          subscription LetterCountsInvited($id: ID!) {\n            letterCountsChanged(letterId: $id) {\n              invited\n            }\n          }\n        ": typeof types.LetterCountsInvitedDocument,
    "\n        query LetterEndorsements($id: ID!) {\n          letter(id: $id) {\n            id\n            endorsements {\n              totalCount\n              edges {\n                node {\n                  anonymous\n                  organisation {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.LetterEndorsementsDocument,
    "\n        query LetterRecipients($id: ID!) {\n          letter(id: $id) {\n            recipients {\n              name\n              email\n              postalAddress\n            }\n          }\n        }\n      ": typeof types.LetterRecipientsDocument,
    "\n        query AuditTrail($id: ID!) {\n          auditTrail(letterId: $id) {\n            events {\n              kind\n              organisationId\n            }\n          }\n        }\n      ": typeof types.AuditTrailDocument,
    "\n  query Trust3SupportersPublicView($id: ID!) {\n    letter(id: $id) {\n      counts {\n        supporters\n        supportersAwaitingReconfirmation\n      }\n      supporters(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            country\n            area\n            signedAt\n          }\n        }\n      }\n      supportersByCountry {\n        country\n        count\n      }\n    }\n  }\n": typeof types.Trust3SupportersPublicViewDocument,
    "\n  query Trust3SupportersInCountry($id: ID!) {\n    letter(id: $id) {\n      supporters(first: 5, country: \"GB\") {\n        totalCount\n      }\n    }\n  }\n": typeof types.Trust3SupportersInCountryDocument,
    "\n  mutation Trust3SupportersWithdrawSignature($t: String!) {\n    withdrawSignature(token: $t)\n  }\n": typeof types.Trust3SupportersWithdrawSignatureDocument,
    "\n  mutation Trust3SupportersEraseSupporterData($t: String!) {\n    eraseSupporterData(token: $t)\n  }\n": typeof types.Trust3SupportersEraseSupporterDataDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      requireTwoFactor\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  query SessionDevices {\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      current\n    }\n  }\n": typeof types.SessionDevicesDocument,
    "\n      mutation SetOrganisationSecurity($id: ID!, $on: Boolean!) {\n        setOrganisationSecurity(organisationId: $id, requireTwoFactor: $on) {\n          id\n          requireTwoFactor\n        }\n      }\n    ": typeof types.SetOrganisationSecurityDocument,
    "\n  mutation WebCoalitionRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n    }\n  }\n": typeof types.WebCoalitionRefreshSessionDocument,
    "\n  query WebFieldsMyEndorsements($slug: String!) {\n    letter(slug: $slug) {\n      myEndorsements {\n        status\n        anonymous\n        organisation {\n          name\n        }\n      }\n    }\n  }\n": typeof types.WebFieldsMyEndorsementsDocument,
    "\n  query WebFieldsCoLeadRequests($id: ID!) {\n    organisation(id: $id) {\n      coLeadRequests {\n        letterId\n        slug\n        title\n      }\n    }\n  }\n": typeof types.WebFieldsCoLeadRequestsDocument,
    "\n  mutation WebFieldsAddCoLead($input: AddCoLeadInput!) {\n    addCoLead(input: $input) {\n      id\n    }\n  }\n": typeof types.WebFieldsAddCoLeadDocument,
    "\n  mutation WebFieldsAcceptCoLead($l: ID!, $o: ID!) {\n    acceptCoLead(letterId: $l, organisationId: $o) {\n      id\n    }\n  }\n": typeof types.WebFieldsAcceptCoLeadDocument,
    "\n  mutation WebGuestSigningInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": typeof types.WebGuestSigningInviteDocument,
    "\n  mutation WebPagesUpsertTargets($input: [TargetInput!]!) {\n    upsertTargets(input: $input) {\n      id\n    }\n  }\n": typeof types.WebPagesUpsertTargetsDocument,
    "\n  mutation WebPagesInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n": typeof types.WebPagesInviteMemberDocument,
    "\n  mutation WebPagesInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": typeof types.WebPagesInviteEndorsersDocument,
    "\n  mutation WebTranslationsCreate($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n      slug\n      currentVersion {\n        contentHash\n      }\n    }\n  }\n": typeof types.WebTranslationsCreateDocument,
    "\n  mutation WebTranslationsOpen($letterId: ID!) {\n    openLetter(letterId: $letterId) {\n      id\n    }\n  }\n": typeof types.WebTranslationsOpenDocument,
    "\n  mutation WebTranslationsSave($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.WebTranslationsSaveDocument,
    "\n  mutation WebTranslationsApprove($translationId: ID!) {\n    approveTranslation(translationId: $translationId) {\n      id\n      status\n    }\n  }\n": typeof types.WebTranslationsApproveDocument,
    "\n  mutation WebTranslationsSetOpen($letterId: ID!) {\n    setOpenSignOn(letterId: $letterId, open: true) {\n      id\n    }\n  }\n": typeof types.WebTranslationsSetOpenDocument,
    "\n  mutation WebTranslationsRequest($input: RequestToSignInput!) {\n    requestToSign(input: $input)\n  }\n": typeof types.WebTranslationsRequestDocument,
    "\n  mutation WebTranslationsInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": typeof types.WebTranslationsInviteDocument,
    "\n  mutation WebhookAttacksRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": typeof types.WebhookAttacksRedeliverDocument,
    "\n  mutation WebhooksRotate($webhookId: ID!) {\n    rotateWebhookSecret(webhookId: $webhookId) {\n      secret\n      webhook {\n        id\n        publicKey\n      }\n    }\n  }\n": typeof types.WebhooksRotateDocument,
    "\n  mutation WebhooksDelete($webhookId: ID!) {\n    deleteWebhook(webhookId: $webhookId)\n  }\n": typeof types.WebhooksDeleteDocument,
    "\n  mutation WebhooksRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      event\n      status\n      attempts\n    }\n  }\n": typeof types.WebhooksRedeliverDocument,
    "\n  mutation WebhooksEraseSupporter($token: String!) {\n    eraseSupporterData(token: $token)\n  }\n": typeof types.WebhooksEraseSupporterDocument,
    "\n  query WebhooksOfOrganisation($id: ID!, $first: Int) {\n    organisation(id: $id) {\n      webhooks {\n        id\n        url\n        enabled\n        events\n        deliveries(first: $first) {\n          id\n          event\n          status\n          attempts\n          lastStatusCode\n          nextAttemptAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.WebhooksOfOrganisationDocument,
    "\n  mutation WebhooksWithdraw($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.WebhooksWithdrawDocument,
    "\n  mutation WebhooksClose($letterId: ID!) {\n    closeLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n": typeof types.WebhooksCloseDocument,
};
const documents: Documents = {
    "\n  mutation AbuseInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n": types.AbuseInviteMemberDocument,
    "\n  mutation AbuseInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": types.AbuseInviteEndorsersDocument,
    "\n  mutation AbuseResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.AbuseResendVerificationEmailDocument,
    "\n  mutation AbuseLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": types.AbuseLogInDocument,
    "\n  query AbuseMe {\n    me {\n      emailVerified\n    }\n  }\n": types.AbuseMeDocument,
    "\n  query AbuseOrganisations {\n    organisations {\n      totalCount\n    }\n  }\n": types.AbuseOrganisationsDocument,
    "\n  mutation AbuseVerifyEmail($t: String!) {\n    verifyEmail(token: $t) {\n      id\n    }\n  }\n": types.AbuseVerifyEmailDocument,
    "\n  query AccountsMe {\n    me {\n      id\n      email\n      name\n      emailVerified\n      memberships {\n        id\n      }\n    }\n  }\n": types.AccountsMeDocument,
    "\n  mutation AccountsLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.AccountsLogInDocument,
    "\n  mutation AccountsLogInUnverified($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        emailVerified\n      }\n    }\n  }\n": types.AccountsLogInUnverifiedDocument,
    "\n  mutation AccountsRefreshSession($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n": types.AccountsRefreshSessionDocument,
    "\n  mutation AccountsVerifyEmail($t: String!) {\n    verifyEmail(token: $t) {\n      email\n      emailVerified\n    }\n  }\n": types.AccountsVerifyEmailDocument,
    "\n  mutation AccountsLogOut($t: String!) {\n    logOut(refreshToken: $t)\n  }\n": types.AccountsLogOutDocument,
    "\n  subscription EndorsementsCountsChanged($id: ID!) {\n    letterCountsChanged(letterId: $id) {\n      signed\n      anonymous\n      needsReconfirmation\n    }\n  }\n": types.EndorsementsCountsChangedDocument,
    "\n  query OrganisationApiKeys($id: ID!) {\n    organisation(id: $id) {\n      id\n      apiKeys {\n        id\n        name\n        lastUsedAt\n      }\n      members {\n        id\n      }\n    }\n  }\n": types.OrganisationApiKeysDocument,
    "\n  mutation KeyInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n": types.KeyInviteMemberDocument,
    "\n  mutation KeySetSecurity($id: ID!) {\n    setOrganisationSecurity(organisationId: $id, requireTwoFactor: true) {\n      id\n    }\n  }\n": types.KeySetSecurityDocument,
    "\n  query KeyMe {\n    me {\n      id\n    }\n  }\n": types.KeyMeDocument,
    "\n  query KeyLetter($id: ID!) {\n    letter(id: $id) {\n      id\n      title\n      recipients {\n        name\n      }\n    }\n  }\n": types.KeyLetterDocument,
    "\n  mutation KeyCreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n    }\n  }\n": types.KeyCreateLetterDocument,
    "\n  query BackupLetterAudit($id: ID!) {\n    letter(id: $id) {\n      endorsements(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            organisation {\n              id\n            }\n          }\n        }\n      }\n    }\n    auditTrail(letterId: $id) {\n      verified\n      events {\n        kind\n        organisationId\n      }\n    }\n  }\n": types.BackupLetterAuditDocument,
    "\n  query BackupVerifyReceipt($r: String!) {\n    verifyReceipt(receipt: $r) {\n      valid\n      current\n    }\n  }\n": types.BackupVerifyReceiptDocument,
    "\n  mutation DeliverLetter($id: ID!) {\n    deliverLetter(letterId: $id) {\n      id\n      status\n      channel\n      recipient {\n        name\n      }\n    }\n  }\n": types.DeliverLetterDocument,
    "\n  query LetterDeliveriesTimeline($id: ID!) {\n    letter(id: $id) {\n      status\n      deliveries {\n        id\n        status\n        attempts\n        lastError\n        messageId\n        channel\n        recipient {\n          name\n          email\n        }\n        events {\n          status\n          note\n        }\n        response\n      }\n      timeline {\n        kind\n        title\n      }\n    }\n  }\n": types.LetterDeliveriesTimelineDocument,
    "\n      mutation RemoveRecipient($id: ID!) {\n        removeRecipient(recipientId: $id)\n      }\n    ": types.RemoveRecipientDocument,
    "\n      mutation RecordDeliveryEvent($input: DeliveryEventInput!) {\n        recordDeliveryEvent(input: $input) {\n          status\n          events {\n            status\n            note\n          }\n        }\n      }\n    ": types.RecordDeliveryEventDocument,
    "\n        mutation RecordResponse($input: ResponseInput!) {\n          recordResponse(input: $input) {\n            status\n            response\n          }\n        }\n      ": types.RecordResponseDocument,
    "\n          subscription DeliveryChanged($id: ID!) {\n            deliveryChanged(letterId: $id) {\n              status\n              recipient {\n                name\n              }\n            }\n          }\n        ": types.DeliveryChangedDocument,
    "\n  query DeliveryRetryDelivery($id: ID!) {\n    letter(id: $id) {\n      deliveries {\n        id\n        status\n        attempts\n        messageId\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n": types.DeliveryRetryDeliveryDocument,
    "\n  mutation DeliveryRetryRetry($id: ID!) {\n    retryDelivery(deliveryId: $id) {\n      id\n      status\n      messageId\n      nextAttemptAt\n    }\n  }\n": types.DeliveryRetryRetryDocument,
    "\n  query EdgesOrganisationBySlug($v: String) {\n    organisation(slug: $v) {\n      id\n    }\n  }\n": types.EdgesOrganisationBySlugDocument,
    "\n  query EdgesOrganisationsBySearch($v: String) {\n    organisations(search: $v) {\n      totalCount\n    }\n  }\n": types.EdgesOrganisationsBySearchDocument,
    "\n  query EdgesOrganisationsByCountry($v: String) {\n    organisations(country: $v) {\n      totalCount\n    }\n  }\n": types.EdgesOrganisationsByCountryDocument,
    "\n  query EdgesLetterBySlug($v: String) {\n    letter(slug: $v) {\n      id\n    }\n  }\n": types.EdgesLetterBySlugDocument,
    "\n  mutation EdgesRemoveMember($v: ID!) {\n    removeMember(membershipId: $v)\n  }\n": types.EdgesRemoveMemberDocument,
    "\n  mutation EdgesVerifyEmail($v: String!) {\n    verifyEmail(token: $v) {\n      id\n    }\n  }\n": types.EdgesVerifyEmailDocument,
    "\n  mutation EdgesInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": types.EdgesInviteEndorsersDocument,
    "\n  mutation EdgesCreateOrganisationName($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      name\n    }\n  }\n": types.EdgesCreateOrganisationNameDocument,
    "\n  mutation EdgesCreateLetterBody($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      currentVersion {\n        body\n      }\n    }\n  }\n": types.EdgesCreateLetterBodyDocument,
    "\n  query EditionLetterEdition($id: ID) {\n    letter(id: $id) {\n      id\n      edition {\n        id\n        contentHash\n        editionHash\n        deliveredAt\n        signatories {\n          displayName\n          lead\n        }\n        unnamedCount\n        supporterCount\n        verifyUrl\n      }\n    }\n  }\n": types.EditionLetterEditionDocument,
    "\n  query EmbargoLetter($slug: String!) {\n    letter(slug: $slug) {\n      id\n      title\n      publishAt\n      timeline {\n        title\n      }\n    }\n  }\n": types.EmbargoLetterDocument,
    "\n  query EmbargoLetters {\n    letters(first: 50) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": types.EmbargoLettersDocument,
    "\n  mutation EmbargoSetPublication($letterId: ID!, $publishAt: DateTime) {\n    setPublication(letterId: $letterId, publishAt: $publishAt) {\n      id\n      publishAt\n    }\n  }\n": types.EmbargoSetPublicationDocument,
    "\n  subscription EmbargoCountsChanged($id: ID!) {\n    letterCountsChanged(letterId: $id) {\n      signed\n    }\n  }\n": types.EmbargoCountsChangedDocument,
    "\n  query EmbargoEdition($slug: String!) {\n    letter(slug: $slug) {\n      edition {\n        id\n      }\n    }\n  }\n": types.EmbargoEditionDocument,
    "\n  mutation EmbargoInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": types.EmbargoInviteDocument,
    "\n  mutation EmbargoSignByInvitation($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      status\n    }\n  }\n": types.EmbargoSignByInvitationDocument,
    "\n  query EndorsementRulesVerify($r: String!) {\n    verifyReceipt(receipt: $r) {\n      valid\n      letterId\n      organisationName\n      contentHash\n      signedAt\n    }\n  }\n": types.EndorsementRulesVerifyDocument,
    "\n  query EndorsementRulesAudit($id: ID!) {\n    auditTrail(letterId: $id) {\n      verified\n      events {\n        seq\n        kind\n        organisationId\n        hash\n        prevHash\n      }\n    }\n  }\n": types.EndorsementRulesAuditDocument,
    "\n  mutation EndorsementRulesWithdraw($i: WithdrawInput!) {\n    withdrawEndorsement(input: $i) {\n      status\n    }\n  }\n": types.EndorsementRulesWithdrawDocument,
    "\n  query EndorsementRulesLetterVersions($id: ID!) {\n    letter(id: $id) {\n      status\n      versions {\n        number\n      }\n    }\n  }\n": types.EndorsementRulesLetterVersionsDocument,
    "\n  mutation EndorsementRulesInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": types.EndorsementRulesInviteEndorsersDocument,
    "\n  mutation EndorsementRulesComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n": types.EndorsementRulesCommentDocument,
    "\n  query EndorsementRulesLetterEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements {\n        edges {\n          node {\n            status\n            signedVersion {\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EndorsementRulesLetterEndorsementsDocument,
    "\n  query EndorsementsCounts($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n        anonymous\n        needsReconfirmation\n        withdrawn\n        declined\n        invited\n        supporters\n      }\n    }\n  }\n": types.EndorsementsCountsDocument,
    "\n  query EndorsementsSignatories($id: ID!, $order: SignatoryOrder, $country: String, $first: Int, $after: String) {\n    letter(id: $id) {\n      signatories(order: $order, country: $country, first: $first, after: $after) {\n        totalCount\n        anonymousCount\n        edges {\n          cursor\n          node {\n            displayName\n            country\n            organisationSlug\n            lead\n            signedAt\n            organisation {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.EndorsementsSignatoriesDocument,
    "\n  mutation EndorsementsAddCoLead($i: AddCoLeadInput!) {\n    addCoLead(input: $i) {\n      id\n    }\n  }\n": types.EndorsementsAddCoLeadDocument,
    "\n  mutation EndorsementsAcceptCoLead($l: ID!, $o: ID!) {\n    acceptCoLead(letterId: $l, organisationId: $o) {\n      id\n    }\n  }\n": types.EndorsementsAcceptCoLeadDocument,
    "\n  mutation EndorsementsInviteOrganisations($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n      status\n      organisation {\n        id\n      }\n    }\n  }\n": types.EndorsementsInviteOrganisationsDocument,
    "\n  mutation EndorsementsInviteByEmail($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": types.EndorsementsInviteByEmailDocument,
    "\n  mutation EndorsementsAcceptInvitation($t: String!, $o: ID!) {\n    acceptInvitation(token: $t, organisationId: $o) {\n      status\n      organisation {\n        id\n      }\n    }\n  }\n": types.EndorsementsAcceptInvitationDocument,
    "\n  query EndorsementsCurrentHash($id: ID!) {\n    letter(id: $id) {\n      currentVersion {\n        contentHash\n      }\n    }\n  }\n": types.EndorsementsCurrentHashDocument,
    "\n  mutation EndorsementsDecline($t: String!) {\n    declineInvitation(token: $t, reason: \"Not our mandate\") {\n      status\n    }\n  }\n": types.EndorsementsDeclineDocument,
    "\n  mutation EndorsementsWithdraw($i: WithdrawInput!) {\n    withdrawEndorsement(input: $i) {\n      status\n    }\n  }\n": types.EndorsementsWithdrawDocument,
    "\n  query EndorsementsSignedEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements(status: SIGNED, first: 100) {\n        totalCount\n      }\n    }\n  }\n": types.EndorsementsSignedEndorsementsDocument,
    "\n  query EndorsementsEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements {\n        totalCount\n      }\n    }\n  }\n": types.EndorsementsEndorsementsDocument,
    "\n  query HardeningIntrospection {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n": types.HardeningIntrospectionDocument,
    "\n  query HardeningTypename {\n    __typename\n  }\n": types.HardeningTypenameDocument,
    "\n  mutation HardeningLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": types.HardeningLogInDocument,
    "\n  mutation HiddenErrorsComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n": types.HiddenErrorsCommentDocument,
    "\n  mutation HiddenErrorsResolve($id: ID!) {\n    resolveComment(commentId: $id) {\n      resolved\n    }\n  }\n": types.HiddenErrorsResolveDocument,
    "\n  fragment LeadsOnlyFieldsRecipient on Recipient {\n    e2: email\n    p2: postalAddress\n  }\n": types.LeadsOnlyFieldsRecipientFragmentDoc,
    "\n  fragment LeadsOnlyFieldsLetter on Letter {\n    recipients {\n      ...LeadsOnlyFieldsRecipient\n    }\n    petition {\n      ... on PetitionSettings {\n        blockedEmailDomains\n        blockedIpRanges\n      }\n    }\n  }\n": types.LeadsOnlyFieldsLetterFragmentDoc,
    "\n  query LeadsOnlyFieldsProbe($slug: String!) {\n    letter(slug: $slug) {\n      a: recipients {\n        email\n        postalAddress\n      }\n      b: recipients {\n        ... on Recipient {\n          email\n        }\n      }\n      ...LeadsOnlyFieldsLetter\n      deliveries {\n        id\n      }\n      targetDeliveries {\n        constituents\n      }\n    }\n    letters(first: 50) {\n      edges {\n        node {\n          id\n          recipients {\n            email\n            postalAddress\n          }\n          petition {\n            blockedEmailDomains\n            blockedIpRanges\n          }\n        }\n      }\n    }\n  }\n": types.LeadsOnlyFieldsProbeDocument,
    "\n  mutation LettersRevise($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      id\n      number\n      contentHash\n      material\n      note\n    }\n  }\n": types.LettersReviseDocument,
    "\n  mutation LettersOpen($id: ID!) {\n    openLetter(letterId: $id) {\n      id\n      status\n    }\n  }\n": types.LettersOpenDocument,
    "\n  mutation LettersClose($id: ID!) {\n    closeLetter(letterId: $id) {\n      id\n      status\n    }\n  }\n": types.LettersCloseDocument,
    "\n  mutation LettersComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n      paragraph\n      resolved\n      author {\n        name\n        email\n      }\n      version {\n        number\n      }\n    }\n  }\n": types.LettersCommentDocument,
    "\n  query LettersVersionsAndDiff($id: ID!) {\n    letter(id: $id) {\n      versions {\n        number\n      }\n      currentVersion {\n        number\n      }\n      diff(fromVersion: 1, toVersion: 4)\n    }\n  }\n": types.LettersVersionsAndDiffDocument,
    "\n  query LettersPrivateLetter($id: ID!) {\n    letter(id: $id) {\n      id\n      title\n    }\n  }\n": types.LettersPrivateLetterDocument,
    "\n  query LettersPrivateVersions($id: ID!) {\n    letter(id: $id) {\n      versions {\n        body\n      }\n    }\n  }\n": types.LettersPrivateVersionsDocument,
    "\n  query LettersPrivateComments($id: ID!) {\n    letter(id: $id) {\n      comments {\n        body\n      }\n    }\n  }\n": types.LettersPrivateCommentsDocument,
    "\n  query LettersPrivateDiff($id: ID!) {\n    letter(id: $id) {\n      diff(fromVersion: 1, toVersion: 1)\n    }\n  }\n": types.LettersPrivateDiffDocument,
    "\n  mutation LettersAddCoLead($input: AddCoLeadInput!) {\n    addCoLead(input: $input) {\n      id\n    }\n  }\n": types.LettersAddCoLeadDocument,
    "\n  query LettersCount {\n    letters {\n      totalCount\n    }\n  }\n": types.LettersCountDocument,
    "\n  mutation LettersAcceptCoLead($l: ID!, $o: ID!) {\n    acceptCoLead(letterId: $l, organisationId: $o) {\n      leadOrganisations {\n        id\n      }\n    }\n  }\n": types.LettersAcceptCoLeadDocument,
    "\n  query LettersCommentAuthors($id: ID!) {\n    letter(id: $id) {\n      comments {\n        body\n        author {\n          name\n          email\n        }\n      }\n    }\n  }\n": types.LettersCommentAuthorsDocument,
    "\n  mutation LettersResolveComment($id: ID!) {\n    resolveComment(commentId: $id) {\n      resolved\n    }\n  }\n": types.LettersResolveCommentDocument,
    "\n  query LettersCommentLists($id: ID!) {\n    letter(id: $id) {\n      open: comments(resolved: false) {\n        body\n      }\n      done: comments(resolved: true) {\n        body\n      }\n      all: comments {\n        body\n      }\n    }\n  }\n": types.LettersCommentListsDocument,
    "\n  query LettersAnonymousRead($id: ID!) {\n    letter(id: $id) {\n      status\n      versions {\n        number\n      }\n      comments {\n        id\n      }\n      timeline {\n        kind\n      }\n    }\n  }\n": types.LettersAnonymousReadDocument,
    "\n  query LettersEarlyDiff($id: ID!) {\n    letter(id: $id) {\n      diff(fromVersion: 1, toVersion: 2)\n    }\n  }\n": types.LettersEarlyDiffDocument,
    "\n  query LettersOpenList {\n    letters(status: OPEN) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.LettersOpenListDocument,
    "\n  query LettersTimeline($id: ID!) {\n    letter(id: $id) {\n      timeline {\n        kind\n      }\n    }\n  }\n": types.LettersTimelineDocument,
    "\n  mutation LettersCreate($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n    }\n  }\n": types.LettersCreateDocument,
    "\n  query LimitsProbe {\n    __typename\n  }\n": types.LimitsProbeDocument,
    "\n  mutation LimitsCreate($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n    }\n  }\n": types.LimitsCreateDocument,
    "\n  mutation LimitsRevise($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      number\n    }\n  }\n": types.LimitsReviseDocument,
    "\n  query LimitsDiff($id: ID!) {\n    letter(id: $id) {\n      diff(fromVersion: 1, toVersion: 2)\n    }\n  }\n": types.LimitsDiffDocument,
    "\n  mutation LimitsComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n": types.LimitsCommentDocument,
    "\n  query LimitsLists($id: ID!, $n: Int) {\n    letter(id: $id) {\n      versions(first: $n) {\n        number\n      }\n      all: versions {\n        number\n      }\n      comments(first: $n) {\n        body\n      }\n      allComments: comments {\n        body\n      }\n      timeline(first: $n) {\n        kind\n      }\n    }\n  }\n": types.LimitsListsDocument,
    "\n  query LimitsCurrentHash($id: ID!) {\n    letter(id: $id) {\n      currentVersion {\n        contentHash\n      }\n    }\n  }\n": types.LimitsCurrentHashDocument,
    "\n  mutation MailLanguageInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": types.MailLanguageInviteDocument,
    "\n  mutation MailLanguageSetOpen($letterId: ID!) {\n    setOpenSignOn(letterId: $letterId, open: true) {\n      openSignOn\n    }\n  }\n": types.MailLanguageSetOpenDocument,
    "\n  mutation MailLanguageRequestToSign($input: RequestToSignInput!) {\n    requestToSign(input: $input)\n  }\n": types.MailLanguageRequestToSignDocument,
    "\n  mutation MailLanguageConfirmSignOn($token: String!) {\n    confirmSignOn(token: $token) {\n      status\n    }\n  }\n": types.MailLanguageConfirmSignOnDocument,
    "\n  mutation MailLanguageSignPetition($input: SignPetitionInput!) {\n    signPetition(input: $input)\n  }\n": types.MailLanguageSignPetitionDocument,
    "\n  mutation MailLanguageSignByInvitation($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n      status\n    }\n  }\n": types.MailLanguageSignByInvitationDocument,
    "\n  mutation MailOutboxVerifyEmail($t: String!) {\n    verifyEmail(token: $t) {\n      email\n      emailVerified\n    }\n  }\n": types.MailOutboxVerifyEmailDocument,
    "\n  mutation MembershipInvitationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n    }\n  }\n": types.MembershipInvitationsInviteDocument,
    "\n  mutation MembershipInvitationsAccept($t: String!) {\n    acceptMembershipInvitation(token: $t) {\n      id\n      role\n    }\n  }\n": types.MembershipInvitationsAcceptDocument,
    "\n  query MembershipInvitationsMembers($id: ID) {\n    organisation(id: $id) {\n      members {\n        id\n        role\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.MembershipInvitationsMembersDocument,
    "\n  query MembershipInvitationsList($id: ID!) {\n    membershipInvitations(organisationId: $id) {\n      id\n      email\n      role\n      status\n      expiresAt\n      invitedBy {\n        id\n      }\n    }\n  }\n": types.MembershipInvitationsListDocument,
    "\n  mutation MembershipInvitationsRevoke($id: ID!) {\n    revokeMembershipInvitation(id: $id)\n  }\n": types.MembershipInvitationsRevokeDocument,
    "\n  mutation MembershipInvitationsRemove($id: ID!) {\n    removeMember(membershipId: $id)\n  }\n": types.MembershipInvitationsRemoveDocument,
    "\n  mutation MembershipInvitationsChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.MembershipInvitationsChangeRoleDocument,
    "\n  mutation OpenSignOnSet($letterId: ID!, $open: Boolean!, $autoApproveVerified: Boolean) {\n    setOpenSignOn(letterId: $letterId, open: $open, autoApproveVerified: $autoApproveVerified) {\n      id\n      openSignOn\n      autoApproveVerified\n    }\n  }\n": types.OpenSignOnSetDocument,
    "\n  mutation OpenSignOnRequest($input: RequestToSignInput!) {\n    requestToSign(input: $input)\n  }\n": types.OpenSignOnRequestDocument,
    "\n  mutation OpenSignOnConfirm($token: String!) {\n    confirmSignOn(token: $token) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedBy\n      organisation {\n        id\n        name\n        verifiedDomain\n      }\n    }\n  }\n": types.OpenSignOnConfirmDocument,
    "\n  query OpenSignOnLetter($id: ID!) {\n    letter(id: $id) {\n      openSignOn\n      autoApproveVerified\n      counts {\n        signed\n        anonymous\n        needsReconfirmation\n        withdrawn\n      }\n      signatories(first: 50) {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            verified\n            organisation {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OpenSignOnLetterDocument,
    "\n  query OpenSignOnQueue($id: ID!) {\n    letter(id: $id) {\n      endorsements(status: PENDING_APPROVAL, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            signedBy\n            signerName\n            organisation {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OpenSignOnQueueDocument,
    "\n  mutation OpenSignOnApprove($id: ID!) {\n    approveEndorsement(endorsementId: $id) {\n      id\n      status\n    }\n  }\n": types.OpenSignOnApproveDocument,
    "\n  mutation OpenSignOnReject($id: ID!) {\n    rejectEndorsement(endorsementId: $id, reason: \"not a coalition member\") {\n      id\n      status\n    }\n  }\n": types.OpenSignOnRejectDocument,
    "\n  query OpenSignOnByLink($token: String!) {\n    endorsementByLink(token: $token) {\n      id\n      status\n      contentHash\n    }\n  }\n": types.OpenSignOnByLinkDocument,
    "\n  mutation OpenSignOnReconfirm($token: String!, $contentHash: String!) {\n    reconfirmByLink(token: $token, contentHash: $contentHash) {\n      id\n      status\n      contentHash\n    }\n  }\n": types.OpenSignOnReconfirmDocument,
    "\n  query OpenSignOnRequestByLink($token: String!) {\n    signOnRequestByLink(token: $token) {\n      email\n      organisationName\n      signerName\n      anonymous\n      contentHash\n      letter {\n        slug\n        currentVersion {\n          contentHash\n        }\n      }\n    }\n  }\n": types.OpenSignOnRequestByLinkDocument,
    "\n  mutation OpenSignOnWithdraw($token: String!) {\n    withdrawByLink(token: $token) {\n      id\n      status\n    }\n  }\n": types.OpenSignOnWithdrawDocument,
    "\n  query OrganisationsOrganisation($id: ID) {\n    organisation(id: $id) {\n      id\n      name\n      country\n      members {\n        id\n        role\n        user {\n          id\n          email\n        }\n      }\n    }\n  }\n": types.OrganisationsOrganisationDocument,
    "\n  mutation OrganisationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      organisation {\n        id\n      }\n    }\n  }\n": types.OrganisationsInviteDocument,
    "\n  mutation OrganisationsAccept($t: String!) {\n    acceptMembershipInvitation(token: $t) {\n      id\n      role\n      user {\n        id\n      }\n      organisation {\n        id\n      }\n    }\n  }\n": types.OrganisationsAcceptDocument,
    "\n  mutation OrganisationsChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.OrganisationsChangeRoleDocument,
    "\n  mutation OrganisationsRemove($id: ID!) {\n    removeMember(membershipId: $id)\n  }\n": types.OrganisationsRemoveDocument,
    "\n  query OrganisationsMyMemberships {\n    me {\n      memberships {\n        organisation {\n          id\n        }\n      }\n    }\n  }\n": types.OrganisationsMyMembershipsDocument,
    "\n  query OrganisationsList($search: String, $country: String, $first: Int, $after: String) {\n    organisations(search: $search, country: $country, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n          country\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganisationsListDocument,
    "\n  query OsdiLetterSigners($id: ID!) {\n    letter(id: $id) {\n      id\n      signatories(first: 50) {\n        anonymousCount\n        edges {\n          node {\n            displayName\n          }\n        }\n      }\n      endorsements(first: 50) {\n        edges {\n          node {\n            id\n            displayName\n            signerName\n            anonymous\n          }\n        }\n      }\n    }\n  }\n": types.OsdiLetterSignersDocument,
    "\n        query OsdiOutsiderSignatories($id: ID!) {\n          letter(id: $id) {\n            signatories(first: 50) {\n              anonymousCount\n              edges {\n                node {\n                  displayName\n                }\n              }\n            }\n          }\n        }\n      ": types.OsdiOutsiderSignatoriesDocument,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n": types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($response: String!, $name: String) {\n    finishPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.FinishPasskeyRegistrationDocument,
    "\n  mutation StartPasskeyLogIn($email: String) {\n    startPasskeyLogIn(email: $email)\n  }\n": types.StartPasskeyLogInDocument,
    "\n  mutation FinishPasskeyLogIn($response: String!) {\n    finishPasskeyLogIn(response: $response) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n": types.FinishPasskeyLogInDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(passkeyId: $id)\n  }\n": types.RemovePasskeyDocument,
    "\n  query MyPasskeys {\n    me {\n      id\n      passkeys {\n        id\n        name\n        lastUsedAt\n      }\n    }\n    sessions {\n      current\n      methods\n    }\n  }\n": types.MyPasskeysDocument,
    "\n  mutation RequirePhishingResistant($id: ID!, $on: Boolean) {\n    setOrganisationSecurity(organisationId: $id, requirePhishingResistant: $on) {\n      id\n      requireTwoFactor\n      requirePhishingResistant\n    }\n  }\n": types.RequirePhishingResistantDocument,
    "\n  query LeadEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements {\n        totalCount\n        edges {\n          node {\n            displayName\n            anonymous\n          }\n        }\n      }\n    }\n  }\n": types.LeadEndorsementsDocument,
    "\n  query PetitionCountCrowdedPage($slug: String!) {\n    letter(slug: $slug) {\n      title\n      counts {\n        signed\n        supporters\n      }\n      signatories(first: 20) {\n        totalCount\n      }\n    }\n  }\n": types.PetitionCountCrowdedPageDocument,
    "\n  mutation PetitionCountClose($id: ID!) {\n    closeLetter(letterId: $id) {\n      id\n    }\n  }\n": types.PetitionCountCloseDocument,
    "\n  query PetitionCountStatus($s: String!) {\n    letter(slug: $s) {\n      status\n    }\n  }\n": types.PetitionCountStatusDocument,
    "\n  query PetitionScaleSupportersByCountry($id: ID!) {\n    letter(id: $id) {\n      supportersByCountry {\n        country\n        count\n      }\n    }\n  }\n": types.PetitionScaleSupportersByCountryDocument,
    "\n  mutation PetitionWithdrawSignature($t: String!) {\n    withdrawSignature(token: $t)\n  }\n": types.PetitionWithdrawSignatureDocument,
    "\n  mutation PetitionEraseSupporterData($t: String!) {\n    eraseSupporterData(token: $t)\n  }\n": types.PetitionEraseSupporterDataDocument,
    "\n  mutation PetitionInvalidateSignatures($input: InvalidateSignaturesInput!) {\n    invalidateSignatures(input: $input)\n  }\n": types.PetitionInvalidateSignaturesDocument,
    "\n  mutation PetitionCloseLetter($id: ID!) {\n    closeLetter(letterId: $id) {\n      id\n    }\n  }\n": types.PetitionCloseLetterDocument,
    "\n  query PetitionView($id: ID!) {\n    letter(id: $id) {\n      goal\n      counts {\n        supporters\n      }\n      supportersByCountry {\n        country\n        count\n      }\n      supporters(first: 100) {\n        totalCount\n        edges {\n          node {\n            name\n          }\n        }\n      }\n      timeline(first: 100) {\n        kind\n        title\n      }\n      petition {\n        consentText\n        minimumAge\n      }\n    }\n  }\n": types.PetitionViewDocument,
    "\n  query PetitionSupporterNames($id: ID!) {\n    letter(id: $id) {\n      supporters {\n        edges {\n          node {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PetitionSupporterNamesDocument,
    "\n  query PetitionEdition($id: ID!) {\n    letter(id: $id) {\n      edition {\n        supporterCount\n      }\n    }\n  }\n": types.PetitionEditionDocument,
    "\n  query PetitionCounts($id: ID!) {\n    letter(id: $id) {\n      counts {\n        supporters\n      }\n      supportersByCountry {\n        country\n        count\n      }\n    }\n  }\n": types.PetitionCountsDocument,
    "\n  query RepresentativesImportRepresentatives($postcode: String!, $areaType: String) {\n    representatives(postcode: $postcode, areaType: $areaType) {\n      id\n      name\n      title\n      email\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n": types.RepresentativesImportRepresentativesDocument,
    "\n  mutation RepresentativesLookupUpsertTargets($input: [TargetInput!]!) {\n    upsertTargets(input: $input) {\n      id\n      name\n      title\n      email\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n": types.RepresentativesLookupUpsertTargetsDocument,
    "\n  query RepresentativesLookupRepresentatives($postcode: String!, $areaType: String) {\n    representatives(postcode: $postcode, areaType: $areaType) {\n      id\n      name\n      title\n      email\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n": types.RepresentativesLookupRepresentativesDocument,
    "\n  query RepresentativesLookupTypename {\n    __typename\n  }\n": types.RepresentativesLookupTypenameDocument,
    "\n  mutation RepresentativesLookupLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": types.RepresentativesLookupLogInDocument,
    "\n  mutation RepresentativesSafetyUpsertTargets($input: [TargetInput!]!) {\n    upsertTargets(input: $input) {\n      email\n    }\n  }\n": types.RepresentativesSafetyUpsertTargetsDocument,
    "\n  query RepresentativesSafetyRepresentatives($postcode: String!, $areaType: String) {\n    representatives(postcode: $postcode, areaType: $areaType) {\n      id\n      name\n      title\n      email\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n": types.RepresentativesSafetyRepresentativesDocument,
    "\n  query LetterSupportersByArea($id: ID!) {\n    letter(id: $id) {\n      supportersByArea {\n        areaCode\n        areaName\n        count\n      }\n    }\n  }\n": types.LetterSupportersByAreaDocument,
    "\n  mutation WithdrawSignature($t: String!) {\n    withdrawSignature(token: $t)\n  }\n": types.WithdrawSignatureDocument,
    "\n  query LetterTargetDeliveries($id: ID!) {\n    letter(id: $id) {\n      targetDeliveries {\n        target {\n          name\n          email\n          area {\n            code\n            name\n          }\n        }\n        constituents\n        pending\n        sending\n        sent\n        failed\n        attempts\n        addressFailedAt\n        lastError\n      }\n    }\n  }\n": types.LetterTargetDeliveriesDocument,
    "\n  mutation ResilienceLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": types.ResilienceLogInDocument,
    "\n  mutation ResilienceCreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n      currentVersion {\n        contentHash\n      }\n    }\n  }\n": types.ResilienceCreateLetterDocument,
    "\n  mutation ResilienceEndorse($input: EndorseInput!) {\n    endorseLetter(input: $input) {\n      id\n      status\n    }\n  }\n": types.ResilienceEndorseDocument,
    "\n  query ResilienceReadLetter($id: ID!) {\n    letter(id: $id) {\n      id\n      title\n      status\n    }\n  }\n": types.ResilienceReadLetterDocument,
    "\n  subscription ResilienceLetterCountsChanged($id: ID!) {\n    letterCountsChanged(letterId: $id) {\n      signed\n    }\n  }\n": types.ResilienceLetterCountsChangedDocument,
    "\n  query ResponseBudgetVersions($id: ID!) {\n    letter(id: $id) {\n      versions(first: 100) {\n        body\n      }\n    }\n  }\n": types.ResponseBudgetVersionsDocument,
    "\n  query ResponseBudgetCurrentVersion($id: ID!) {\n    letter(id: $id) {\n      currentVersion {\n        body\n      }\n    }\n  }\n": types.ResponseBudgetCurrentVersionDocument,
    "\n  mutation RoleMatrixLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      refreshToken\n    }\n  }\n": types.RoleMatrixLogInDocument,
    "\n  mutation RoleMatrixReauthenticate($password: String) {\n    reauthenticate(password: $password) {\n      accessToken\n    }\n  }\n": types.RoleMatrixReauthenticateDocument,
    "\n  mutation RoleMatrixStartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n": types.RoleMatrixStartPasskeyRegistrationDocument,
    "\n  mutation RoleMatrixFinishPasskeyRegistration($response: String!) {\n    finishPasskeyRegistration(response: $response) {\n      id\n    }\n  }\n": types.RoleMatrixFinishPasskeyRegistrationDocument,
    "\n  mutation RoleMatrixStartPasskeyLogIn {\n    startPasskeyLogIn\n  }\n": types.RoleMatrixStartPasskeyLogInDocument,
    "\n  mutation RoleMatrixComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n": types.RoleMatrixCommentDocument,
    "\n  mutation RoleMatrixSignByInvitation($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n    }\n  }\n": types.RoleMatrixSignByInvitationDocument,
    "\n  mutation SignByInvitationInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": types.SignByInvitationInviteDocument,
    "\n  mutation SignByInvitationSign($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedBy\n      organisation {\n        id\n        name\n        verifiedDomain\n      }\n    }\n  }\n": types.SignByInvitationSignDocument,
    "\n  query SignByInvitationByLink($token: String!) {\n    endorsementByLink(token: $token) {\n      id\n      status\n      contentHash\n      anonymous\n      signerName\n      signedBy\n      letter {\n        id\n        title\n        currentVersion {\n          contentHash\n          body\n        }\n      }\n    }\n  }\n": types.SignByInvitationByLinkDocument,
    "\n  query SignByInvitationInvitation($token: String!) {\n    invitationByLink(token: $token) {\n      id\n      status\n      email\n      name\n      organisation {\n        id\n        name\n      }\n      letter {\n        id\n        title\n        status\n        endorsementDeadline\n        currentVersion {\n          number\n          contentHash\n          body\n        }\n        leadOrganisations {\n          name\n        }\n        signatories(first: 50) {\n          totalCount\n          anonymousCount\n          edges {\n            node {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SignByInvitationInvitationDocument,
    "\n  mutation SignByInvitationReconfirm($token: String!, $contentHash: String!, $anonymous: Boolean) {\n    reconfirmByLink(token: $token, contentHash: $contentHash, anonymous: $anonymous) {\n      id\n      status\n      contentHash\n      anonymous\n    }\n  }\n": types.SignByInvitationReconfirmDocument,
    "\n  mutation SignByInvitationWithdraw($token: String!, $reason: String) {\n    withdrawByLink(token: $token, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.SignByInvitationWithdrawDocument,
    "\n  query SignByInvitationSignatories($id: ID!) {\n    letter(id: $id) {\n      signatories(first: 50) {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            verified\n            contentHash\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SignByInvitationSignatoriesDocument,
    "\n  query SignByInvitationLeadView($id: ID!) {\n    letter(id: $id) {\n      endorsements(first: 50) {\n        edges {\n          node {\n            id\n            status\n            signedBy\n            signerName\n          }\n        }\n      }\n    }\n  }\n": types.SignByInvitationLeadViewDocument,
    "\n  mutation SignByInvitationSignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": types.SignByInvitationSignUpDocument,
    "\n  mutation SignByInvitationVerify($token: String!) {\n    verifyEmail(token: $token) {\n      emailVerified\n    }\n  }\n": types.SignByInvitationVerifyDocument,
    "\n  mutation SignByInvitationLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": types.SignByInvitationLogInDocument,
    "\n  query SignByInvitationDirectory($search: String!, $id: ID!) {\n    organisations(search: $search) {\n      totalCount\n    }\n    organisation(id: $id) {\n      id\n    }\n  }\n": types.SignByInvitationDirectoryDocument,
    "\n  mutation SignByInvitationWithdrawByAccount($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      status\n    }\n  }\n": types.SignByInvitationWithdrawByAccountDocument,
    "\n  mutation SignByInvitationReject($id: ID!) {\n    rejectEndorsement(endorsementId: $id, reason: \"not one of ours\") {\n      status\n    }\n  }\n": types.SignByInvitationRejectDocument,
    "\n  query SignByInvitationMyMemberships {\n    me {\n      memberships {\n        role\n        organisation {\n          id\n        }\n      }\n    }\n  }\n": types.SignByInvitationMyMembershipsDocument,
    "\n  mutation SubscriptionsAccessInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n": types.SubscriptionsAccessInviteDocument,
    "\n  query SubscriptionsAccessMembers($id: ID) {\n    organisation(id: $id) {\n      members {\n        id\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.SubscriptionsAccessMembersDocument,
    "\n  mutation SubscriptionsAccessRemove($id: ID!) {\n    removeMember(membershipId: $id)\n  }\n": types.SubscriptionsAccessRemoveDocument,
    "\n  subscription SubscriptionsAccessDeliveryChanged($id: ID!) {\n    deliveryChanged(letterId: $id) {\n      status\n      recipient {\n        name\n      }\n    }\n  }\n": types.SubscriptionsAccessDeliveryChangedDocument,
    "\n  subscription SubscriptionsAccessCountsChanged($id: ID!) {\n    letterCountsChanged(letterId: $id) {\n      invited\n    }\n  }\n": types.SubscriptionsAccessCountsChangedDocument,
    "\n  mutation SubscriptionsAccessEvent($input: DeliveryEventInput!) {\n    recordDeliveryEvent(input: $input) {\n      status\n    }\n  }\n": types.SubscriptionsAccessEventDocument,
    "\n  mutation SubscriptionsAccessInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": types.SubscriptionsAccessInviteEndorsersDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        emailVerified\n        twoFactorEnabled\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  query Me {\n    me {\n      id\n    }\n  }\n": types.MeDocument,
    "\n  mutation RefreshSession($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      otpauthUrl\n    }\n  }\n": types.StartTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n": types.ConfirmTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n": types.DisableTwoFactorDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!, $code: String) {\n    resetPassword(token: $token, password: $password, code: $code)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($current: String!, $password: String!) {\n    changePassword(currentPassword: $current, password: $password)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($email: String!) {\n    changeEmail(email: $email)\n  }\n": types.ChangeEmailDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        id\n        name\n        organisationId\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($apiKeyId: ID!) {\n    revokeApiKey(apiKeyId: $apiKeyId)\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation EdgeLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": types.EdgeLogInDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation CreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n      slug\n      currentVersion {\n        id\n      }\n    }\n  }\n": types.CreateLetterDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": types.SignUpDocument,
    "\n  mutation FactoryLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n": types.FactoryLogInDocument,
    "\n  mutation FactoryCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n    }\n  }\n": types.FactoryCreateOrganisationDocument,
    "\n  fragment TestLetterFields on Letter {\n    id\n    slug\n    title\n    status\n    visibility\n    endorsementDeadline\n    currentVersion {\n      id\n      number\n      contentHash\n    }\n    leadOrganisations {\n      id\n    }\n  }\n": types.TestLetterFieldsFragmentDoc,
    "\n  mutation FactoryCreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      ...TestLetterFields\n    }\n  }\n": types.FactoryCreateLetterDocument,
    "\n  mutation EndorseLetter($input: EndorseInput!) {\n    endorseLetter(input: $input) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedAt\n      receipt\n      organisation {\n        id\n      }\n    }\n  }\n": types.EndorseLetterDocument,
    "\n  mutation FactoryOpenLetter($letterId: ID!) {\n    openLetter(letterId: $letterId) {\n      id\n    }\n  }\n": types.FactoryOpenLetterDocument,
    "\n  mutation ReviseLetter($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      id\n      number\n      contentHash\n    }\n  }\n": types.ReviseLetterDocument,
    "\n  mutation FactoryAddRecipient($input: AddRecipientInput!) {\n    addRecipient(input: $input) {\n      id\n    }\n  }\n": types.FactoryAddRecipientDocument,
    "\n  mutation FactoryDeliverLetter($letterId: ID!) {\n    deliverLetter(letterId: $letterId) {\n      id\n      messageId\n    }\n  }\n": types.FactoryDeliverLetterDocument,
    "\n  mutation SignPetition($input: SignPetitionInput!) {\n    signPetition(input: $input)\n  }\n": types.SignPetitionDocument,
    "\n  mutation ConfirmSignature($token: String!) {\n    confirmSignature(token: $token) {\n      id\n      status\n      name\n      confirmedAt\n    }\n  }\n": types.ConfirmSignatureDocument,
    "\n  mutation SetPetitionSettings($input: PetitionSettingsInput!) {\n    setPetitionSettings(input: $input) {\n      id\n      goal\n    }\n  }\n": types.SetPetitionSettingsDocument,
    "\n  query SupporterCount($id: ID!) {\n    letter(id: $id) {\n      counts {\n        supporters\n      }\n    }\n  }\n": types.SupporterCountDocument,
    "\n  mutation SetTargeting($input: TargetingInput!) {\n    setTargeting(input: $input) {\n      id\n      targeting {\n        mode\n        areaType\n        perTargetPerHour\n      }\n    }\n  }\n": types.SetTargetingDocument,
    "\n  mutation WebhooksCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        letterId\n        enabled\n        publicKey\n      }\n    }\n  }\n": types.WebhooksCreateDocument,
    "\n  mutation TimelinePostUpdate($input: PostUpdateInput!) {\n    postUpdate(input: $input) {\n      id\n      kind\n      title\n      body\n      occurredAt\n    }\n  }\n": types.TimelinePostUpdateDocument,
    "\n  query TimelineTimeline($id: ID!) {\n    letter(id: $id) {\n      timeline {\n        kind\n        title\n        body\n        occurredAt\n      }\n    }\n  }\n": types.TimelineTimelineDocument,
    "\n  mutation TranslationPdfsSave($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      id\n      status\n    }\n  }\n": types.TranslationPdfsSaveDocument,
    "\n  mutation TranslationPdfsApprove($translationId: ID!) {\n    approveTranslation(translationId: $translationId) {\n      id\n      status\n    }\n  }\n": types.TranslationPdfsApproveDocument,
    "\n  query TranslationPdfsEdition($id: ID!) {\n    letter(id: $id) {\n      currentVersion {\n        contentHash\n      }\n      edition {\n        id\n        contentHash\n        editionHash\n        translations {\n          language\n          contentHash\n          pdfUrl\n        }\n      }\n    }\n  }\n": types.TranslationPdfsEditionDocument,
    "\n  mutation TranslationsSave($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      id\n      language\n      title\n      body\n      contentHash\n      translator\n      status\n      basedOnVersion\n      approvedAt\n      updatedAt\n    }\n  }\n": types.TranslationsSaveDocument,
    "\n  mutation TranslationsApprove($translationId: ID!) {\n    approveTranslation(translationId: $translationId) {\n      id\n      status\n      basedOnVersion\n      approvedAt\n    }\n  }\n": types.TranslationsApproveDocument,
    "\n  mutation TranslationsDelete($translationId: ID!) {\n    deleteTranslation(translationId: $translationId)\n  }\n": types.TranslationsDeleteDocument,
    "\n  query TranslationsRead($id: ID!, $status: TranslationStatus, $language: String!) {\n    letter(id: $id) {\n      language\n      translations(status: $status) {\n        id\n        language\n        title\n        status\n        contentHash\n        basedOnVersion\n      }\n      translation(language: $language) {\n        id\n        language\n        title\n        body\n        translator\n        status\n      }\n    }\n  }\n": types.TranslationsReadDocument,
    "\n  query TranslationsDiff($id: ID!, $from: Int!, $to: Int!) {\n    letter(id: $id) {\n      diff(fromVersion: $from, toVersion: $to)\n    }\n  }\n": types.TranslationsDiffDocument,
    "\n  query TranslationsEdition($id: ID!) {\n    letter(id: $id) {\n      slug\n      edition {\n        id\n        contentHash\n        editionHash\n        unnamedCount\n        supporterCount\n        signatories {\n          displayName\n        }\n        translations {\n          language\n          contentHash\n          pdfUrl\n        }\n      }\n    }\n  }\n": types.TranslationsEditionDocument,
    "\n          mutation TranslationsCreateLetter($input: CreateLetterInput!) {\n            createLetter(input: $input) {\n              id\n            }\n          }\n        ": types.TranslationsCreateLetterDocument,
    "\n            mutation TranslationsRaceRevise($input: ReviseLetterInput!) {\n              reviseLetter(input: $input) {\n                number\n              }\n            }\n          ": types.TranslationsRaceReviseDocument,
    "\n  mutation TrustAccessInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n      status\n    }\n  }\n": types.TrustAccessInviteDocument,
    "\n  query TrustAccessRead($id: ID!) {\n    letter(id: $id) {\n      id\n      currentVersion {\n        body\n      }\n    }\n  }\n": types.TrustAccessReadDocument,
    "\n  query TrustAccessVerifyReceipt($r: String!) {\n    verifyReceipt(receipt: $r) {\n      valid\n      current\n      contentHash\n    }\n  }\n": types.TrustAccessVerifyReceiptDocument,
    "\n  mutation TrustAccessComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n": types.TrustAccessCommentDocument,
    "\n  query TrustAccessLeadView($id: ID!) {\n    letter(id: $id) {\n      recipients {\n        email\n      }\n      endorsements {\n        edges {\n          node {\n            anonymous\n            organisation {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TrustAccessLeadViewDocument,
    "\n  mutation TrustAccessDecline($t: String!) {\n    declineInvitation(token: $t) {\n      status\n    }\n  }\n": types.TrustAccessDeclineDocument,
    "\n  mutation TrustAccessDeclineAndRead($t: String!) {\n    declineInvitation(token: $t) {\n      status\n      letter {\n        currentVersion {\n          body\n        }\n      }\n    }\n  }\n": types.TrustAccessDeclineAndReadDocument,
    "\n  query TrustAccessLetterId($id: ID!) {\n    letter(id: $id) {\n      id\n    }\n  }\n": types.TrustAccessLetterIdDocument,
    "\n  mutation TrustAccessAccept($t: String!, $o: ID!) {\n    acceptInvitation(token: $t, organisationId: $o) {\n      status\n    }\n  }\n": types.TrustAccessAcceptDocument,
    "\n  mutation TrustAccessWithdraw($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      status\n    }\n  }\n": types.TrustAccessWithdrawDocument,
    "\n  mutation TrustAccessVerifyDomain($id: ID!) {\n    verifyOrganisationDomain(organisationId: $id) {\n      verifiedDomain\n    }\n  }\n": types.TrustAccessVerifyDomainDocument,
    "\n  mutation TrustAccessCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": types.TrustAccessCreateOrganisationDocument,
    "\n  mutation TrustAccessReject($id: ID!) {\n    rejectEndorsement(endorsementId: $id, reason: \"Not who they say\") {\n      status\n    }\n  }\n": types.TrustAccessRejectDocument,
    "\n  query TrustAccessComments($id: ID!) {\n    letter(id: $id) {\n      comments {\n        id\n      }\n    }\n  }\n": types.TrustAccessCommentsDocument,
    "\n  query TrustAccessSignatories($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n      }\n      signatories {\n        edges {\n          node {\n            displayName\n            verified\n          }\n        }\n      }\n    }\n  }\n": types.TrustAccessSignatoriesDocument,
    "\n  query TrustAccessAuditTrail($id: ID!) {\n    auditTrail(letterId: $id) {\n      verified\n      headHash\n      checkpoint\n      events {\n        hash\n      }\n    }\n  }\n": types.TrustAccessAuditTrailDocument,
    "\n  query TrustAccessAuditHead($id: ID!) {\n    auditTrail(letterId: $id) {\n      headHash\n    }\n  }\n": types.TrustAccessAuditHeadDocument,
    "\n  query TrustSigningSignatories($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n        anonymous\n      }\n      signatories {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            organisationSlug\n          }\n        }\n      }\n    }\n  }\n": types.TrustSigningSignatoriesDocument,
    "\n  mutation TrustSigningWithdrawEndorsement($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      status\n    }\n  }\n": types.TrustSigningWithdrawEndorsementDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  query Trust3BadgeSignatories($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n      }\n      signatories {\n        edges {\n          node {\n            displayName\n            verified\n            verifiedDomain\n          }\n        }\n      }\n    }\n  }\n": types.Trust3BadgeSignatoriesDocument,
    "\n  query Trust3BadgeEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements {\n        edges {\n          node {\n            id\n            status\n            displayName\n            organisation {\n              name\n              verifiedDomain\n            }\n          }\n        }\n      }\n    }\n  }\n": types.Trust3BadgeEndorsementsDocument,
    "\n  mutation Trust3BadgeApprove($id: ID!) {\n    approveEndorsement(endorsementId: $id) {\n      id\n      status\n      displayName\n    }\n  }\n": types.Trust3BadgeApproveDocument,
    "\n  mutation Trust3BadgeVerifyDomain($id: ID!) {\n    verifyOrganisationDomain(organisationId: $id) {\n      verifiedDomain\n    }\n  }\n": types.Trust3BadgeVerifyDomainDocument,
    "\n  query Trust3BadgeEdition($id: ID!) {\n    letter(id: $id) {\n      edition {\n        id\n        signatories {\n          displayName\n          verified\n          verifiedDomain\n        }\n      }\n    }\n  }\n": types.Trust3BadgeEditionDocument,
    "\n  mutation Trust3BadgeCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": types.Trust3BadgeCreateOrganisationDocument,
    "\n  mutation Trust3BadgeAddCoLead($input: AddCoLeadInput!) {\n    addCoLead(input: $input) {\n      id\n    }\n  }\n": types.Trust3BadgeAddCoLeadDocument,
    "\n  mutation Trust3BadgeAcceptCoLead($l: ID!, $o: ID!) {\n    acceptCoLead(letterId: $l, organisationId: $o) {\n      id\n    }\n  }\n": types.Trust3BadgeAcceptCoLeadDocument,
    "\n  query Trust3BudgetTypename {\n    __typename\n  }\n": types.Trust3BudgetTypenameDocument,
    "\n  query Trust3BudgetTwoTimelines($id: ID!) {\n    letter(id: $id) {\n      a: timeline(first: 100) {\n        body\n      }\n      b: timeline(first: 100) {\n        body\n      }\n    }\n  }\n": types.Trust3BudgetTwoTimelinesDocument,
    "\n  query Trust3BudgetSmallPages($id: ID!, $n: Int) {\n    letter(id: $id) {\n      t0: timeline(first: $n) {\n        id\n        kind\n        title\n        body\n        occurredAt\n      }\n      t1: timeline(first: $n) {\n        id\n        kind\n        title\n        body\n        occurredAt\n      }\n      t2: timeline(first: $n) {\n        id\n        kind\n        title\n        body\n        occurredAt\n      }\n    }\n  }\n": types.Trust3BudgetSmallPagesDocument,
    "\n  query Trust3BudgetTimelinePage($id: ID!, $n: Int) {\n    letter(id: $id) {\n      timeline(first: $n) {\n        id\n      }\n    }\n  }\n": types.Trust3BudgetTimelinePageDocument,
    "\n  mutation Trust3InvitationsInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": types.Trust3InvitationsInviteDocument,
    "\n  query Trust3KeysVerifyReceipt($r: String!) {\n    verifyReceipt(receipt: $r) {\n      valid\n      organisationName\n    }\n  }\n": types.Trust3KeysVerifyReceiptDocument,
    "\n  query Trust3KeysCheckpoint($id: ID!) {\n    auditTrail(letterId: $id) {\n      checkpoint\n    }\n  }\n": types.Trust3KeysCheckpointDocument,
    "\n  mutation Trust3MinorEditsRevise($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      number\n      contentHash\n    }\n  }\n": types.Trust3MinorEditsReviseDocument,
    "\n  mutation Trust3MinorEditsObject($token: String!) {\n    objectToMinorEdit(token: $token)\n  }\n": types.Trust3MinorEditsObjectDocument,
    "\n  mutation Trust3MinorEditsConfirmSignature($t: String!) {\n    confirmSignature(token: $t) {\n      id\n    }\n  }\n": types.Trust3MinorEditsConfirmSignatureDocument,
    "\n  query Trust3MinorEditsCounts($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n        needsReconfirmation\n      }\n    }\n  }\n": types.Trust3MinorEditsCountsDocument,
    "\n  query Trust3MinorEditsAuditTrail($id: ID!) {\n    auditTrail(letterId: $id) {\n      verified\n      events {\n        kind\n        organisationId\n      }\n    }\n  }\n": types.Trust3MinorEditsAuditTrailDocument,
    "\n  query Trust3MinorEditsEdition($id: ID!) {\n    letter(id: $id) {\n      edition {\n        id\n        contentHash\n        editionHash\n        unnamedCount\n        supporterCount\n        signatories {\n          displayName\n          signedVersion\n          contentHash\n        }\n        minorEdits {\n          version\n          contentHash\n          diff\n        }\n      }\n    }\n  }\n": types.Trust3MinorEditsEditionDocument,
    "\n  mutation Reauthenticate($password: String, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n": types.ReauthenticateDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      current\n    }\n  }\n": types.SessionsDocument,
    "\n  mutation Trust3RelaysInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n": types.Trust3RelaysInviteDocument,
    "\n  query Trust3RenderProbe {\n    __typename\n  }\n": types.Trust3RenderProbeDocument,
    "\n  query Trust3RenderEditionId($id: ID) {\n    letter(id: $id) {\n      edition {\n        id\n      }\n    }\n  }\n": types.Trust3RenderEditionIdDocument,
    "\n  mutation InviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": types.InviteEndorsersDocument,
    "\n  query Letter($id: ID!) {\n    letter(id: $id) {\n      id\n    }\n  }\n": types.LetterDocument,
    "\n  mutation LogOut($t: String!) {\n    logOut(refreshToken: $t)\n  }\n": types.LogOutDocument,
    "\n  query SessionMethods {\n    sessions {\n      id\n      current\n      methods\n    }\n  }\n": types.SessionMethodsDocument,
    "\n  mutation RequireTwoFactor($id: ID!) {\n    setOrganisationSecurity(organisationId: $id, requireTwoFactor: true) {\n      id\n    }\n  }\n": types.RequireTwoFactorDocument,
    "\n  mutation UpsertTargets($input: [TargetInput!]!) {\n    upsertTargets(input: $input) {\n      id\n    }\n  }\n": types.UpsertTargetsDocument,
    "\n          subscription LetterCountsInvited($id: ID!) {\n            letterCountsChanged(letterId: $id) {\n              invited\n            }\n          }\n        ": types.LetterCountsInvitedDocument,
    "\n        query LetterEndorsements($id: ID!) {\n          letter(id: $id) {\n            id\n            endorsements {\n              totalCount\n              edges {\n                node {\n                  anonymous\n                  organisation {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.LetterEndorsementsDocument,
    "\n        query LetterRecipients($id: ID!) {\n          letter(id: $id) {\n            recipients {\n              name\n              email\n              postalAddress\n            }\n          }\n        }\n      ": types.LetterRecipientsDocument,
    "\n        query AuditTrail($id: ID!) {\n          auditTrail(letterId: $id) {\n            events {\n              kind\n              organisationId\n            }\n          }\n        }\n      ": types.AuditTrailDocument,
    "\n  query Trust3SupportersPublicView($id: ID!) {\n    letter(id: $id) {\n      counts {\n        supporters\n        supportersAwaitingReconfirmation\n      }\n      supporters(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            country\n            area\n            signedAt\n          }\n        }\n      }\n      supportersByCountry {\n        country\n        count\n      }\n    }\n  }\n": types.Trust3SupportersPublicViewDocument,
    "\n  query Trust3SupportersInCountry($id: ID!) {\n    letter(id: $id) {\n      supporters(first: 5, country: \"GB\") {\n        totalCount\n      }\n    }\n  }\n": types.Trust3SupportersInCountryDocument,
    "\n  mutation Trust3SupportersWithdrawSignature($t: String!) {\n    withdrawSignature(token: $t)\n  }\n": types.Trust3SupportersWithdrawSignatureDocument,
    "\n  mutation Trust3SupportersEraseSupporterData($t: String!) {\n    eraseSupporterData(token: $t)\n  }\n": types.Trust3SupportersEraseSupporterDataDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      requireTwoFactor\n    }\n  }\n": types.OrganisationDocument,
    "\n  query SessionDevices {\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      current\n    }\n  }\n": types.SessionDevicesDocument,
    "\n      mutation SetOrganisationSecurity($id: ID!, $on: Boolean!) {\n        setOrganisationSecurity(organisationId: $id, requireTwoFactor: $on) {\n          id\n          requireTwoFactor\n        }\n      }\n    ": types.SetOrganisationSecurityDocument,
    "\n  mutation WebCoalitionRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n    }\n  }\n": types.WebCoalitionRefreshSessionDocument,
    "\n  query WebFieldsMyEndorsements($slug: String!) {\n    letter(slug: $slug) {\n      myEndorsements {\n        status\n        anonymous\n        organisation {\n          name\n        }\n      }\n    }\n  }\n": types.WebFieldsMyEndorsementsDocument,
    "\n  query WebFieldsCoLeadRequests($id: ID!) {\n    organisation(id: $id) {\n      coLeadRequests {\n        letterId\n        slug\n        title\n      }\n    }\n  }\n": types.WebFieldsCoLeadRequestsDocument,
    "\n  mutation WebFieldsAddCoLead($input: AddCoLeadInput!) {\n    addCoLead(input: $input) {\n      id\n    }\n  }\n": types.WebFieldsAddCoLeadDocument,
    "\n  mutation WebFieldsAcceptCoLead($l: ID!, $o: ID!) {\n    acceptCoLead(letterId: $l, organisationId: $o) {\n      id\n    }\n  }\n": types.WebFieldsAcceptCoLeadDocument,
    "\n  mutation WebGuestSigningInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": types.WebGuestSigningInviteDocument,
    "\n  mutation WebPagesUpsertTargets($input: [TargetInput!]!) {\n    upsertTargets(input: $input) {\n      id\n    }\n  }\n": types.WebPagesUpsertTargetsDocument,
    "\n  mutation WebPagesInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n": types.WebPagesInviteMemberDocument,
    "\n  mutation WebPagesInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": types.WebPagesInviteEndorsersDocument,
    "\n  mutation WebTranslationsCreate($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n      slug\n      currentVersion {\n        contentHash\n      }\n    }\n  }\n": types.WebTranslationsCreateDocument,
    "\n  mutation WebTranslationsOpen($letterId: ID!) {\n    openLetter(letterId: $letterId) {\n      id\n    }\n  }\n": types.WebTranslationsOpenDocument,
    "\n  mutation WebTranslationsSave($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      id\n      status\n    }\n  }\n": types.WebTranslationsSaveDocument,
    "\n  mutation WebTranslationsApprove($translationId: ID!) {\n    approveTranslation(translationId: $translationId) {\n      id\n      status\n    }\n  }\n": types.WebTranslationsApproveDocument,
    "\n  mutation WebTranslationsSetOpen($letterId: ID!) {\n    setOpenSignOn(letterId: $letterId, open: true) {\n      id\n    }\n  }\n": types.WebTranslationsSetOpenDocument,
    "\n  mutation WebTranslationsRequest($input: RequestToSignInput!) {\n    requestToSign(input: $input)\n  }\n": types.WebTranslationsRequestDocument,
    "\n  mutation WebTranslationsInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": types.WebTranslationsInviteDocument,
    "\n  mutation WebhookAttacksRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": types.WebhookAttacksRedeliverDocument,
    "\n  mutation WebhooksRotate($webhookId: ID!) {\n    rotateWebhookSecret(webhookId: $webhookId) {\n      secret\n      webhook {\n        id\n        publicKey\n      }\n    }\n  }\n": types.WebhooksRotateDocument,
    "\n  mutation WebhooksDelete($webhookId: ID!) {\n    deleteWebhook(webhookId: $webhookId)\n  }\n": types.WebhooksDeleteDocument,
    "\n  mutation WebhooksRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      event\n      status\n      attempts\n    }\n  }\n": types.WebhooksRedeliverDocument,
    "\n  mutation WebhooksEraseSupporter($token: String!) {\n    eraseSupporterData(token: $token)\n  }\n": types.WebhooksEraseSupporterDocument,
    "\n  query WebhooksOfOrganisation($id: ID!, $first: Int) {\n    organisation(id: $id) {\n      webhooks {\n        id\n        url\n        enabled\n        events\n        deliveries(first: $first) {\n          id\n          event\n          status\n          attempts\n          lastStatusCode\n          nextAttemptAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.WebhooksOfOrganisationDocument,
    "\n  mutation WebhooksWithdraw($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      id\n      status\n    }\n  }\n": types.WebhooksWithdrawDocument,
    "\n  mutation WebhooksClose($letterId: ID!) {\n    closeLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n": types.WebhooksCloseDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbuseInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AbuseInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbuseInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AbuseInviteEndorsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbuseResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): typeof import('./graphql').AbuseResendVerificationEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbuseLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').AbuseLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbuseMe {\n    me {\n      emailVerified\n    }\n  }\n"): typeof import('./graphql').AbuseMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbuseOrganisations {\n    organisations {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AbuseOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbuseVerifyEmail($t: String!) {\n    verifyEmail(token: $t) {\n      id\n    }\n  }\n"): typeof import('./graphql').AbuseVerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsMe {\n    me {\n      id\n      email\n      name\n      emailVerified\n      memberships {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsLogInUnverified($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        emailVerified\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsLogInUnverifiedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsRefreshSession($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsVerifyEmail($t: String!) {\n    verifyEmail(token: $t) {\n      email\n      emailVerified\n    }\n  }\n"): typeof import('./graphql').AccountsVerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsLogOut($t: String!) {\n    logOut(refreshToken: $t)\n  }\n"): typeof import('./graphql').AccountsLogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EndorsementsCountsChanged($id: ID!) {\n    letterCountsChanged(letterId: $id) {\n      signed\n      anonymous\n      needsReconfirmation\n    }\n  }\n"): typeof import('./graphql').EndorsementsCountsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationApiKeys($id: ID!) {\n    organisation(id: $id) {\n      id\n      apiKeys {\n        id\n        name\n        lastUsedAt\n      }\n      members {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeyInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').KeyInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeySetSecurity($id: ID!) {\n    setOrganisationSecurity(organisationId: $id, requireTwoFactor: true) {\n      id\n    }\n  }\n"): typeof import('./graphql').KeySetSecurityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyMe {\n    me {\n      id\n    }\n  }\n"): typeof import('./graphql').KeyMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyLetter($id: ID!) {\n    letter(id: $id) {\n      id\n      title\n      recipients {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').KeyLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeyCreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').KeyCreateLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupLetterAudit($id: ID!) {\n    letter(id: $id) {\n      endorsements(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            organisation {\n              id\n            }\n          }\n        }\n      }\n    }\n    auditTrail(letterId: $id) {\n      verified\n      events {\n        kind\n        organisationId\n      }\n    }\n  }\n"): typeof import('./graphql').BackupLetterAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupVerifyReceipt($r: String!) {\n    verifyReceipt(receipt: $r) {\n      valid\n      current\n    }\n  }\n"): typeof import('./graphql').BackupVerifyReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverLetter($id: ID!) {\n    deliverLetter(letterId: $id) {\n      id\n      status\n      channel\n      recipient {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').DeliverLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterDeliveriesTimeline($id: ID!) {\n    letter(id: $id) {\n      status\n      deliveries {\n        id\n        status\n        attempts\n        lastError\n        messageId\n        channel\n        recipient {\n          name\n          email\n        }\n        events {\n          status\n          note\n        }\n        response\n      }\n      timeline {\n        kind\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').LetterDeliveriesTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RemoveRecipient($id: ID!) {\n        removeRecipient(recipientId: $id)\n      }\n    "): typeof import('./graphql').RemoveRecipientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RecordDeliveryEvent($input: DeliveryEventInput!) {\n        recordDeliveryEvent(input: $input) {\n          status\n          events {\n            status\n            note\n          }\n        }\n      }\n    "): typeof import('./graphql').RecordDeliveryEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RecordResponse($input: ResponseInput!) {\n          recordResponse(input: $input) {\n            status\n            response\n          }\n        }\n      "): typeof import('./graphql').RecordResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          subscription DeliveryChanged($id: ID!) {\n            deliveryChanged(letterId: $id) {\n              status\n              recipient {\n                name\n              }\n            }\n          }\n        "): typeof import('./graphql').DeliveryChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryRetryDelivery($id: ID!) {\n    letter(id: $id) {\n      deliveries {\n        id\n        status\n        attempts\n        messageId\n        nextAttemptAt\n        lastError\n      }\n    }\n  }\n"): typeof import('./graphql').DeliveryRetryDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliveryRetryRetry($id: ID!) {\n    retryDelivery(deliveryId: $id) {\n      id\n      status\n      messageId\n      nextAttemptAt\n    }\n  }\n"): typeof import('./graphql').DeliveryRetryRetryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgesOrganisationBySlug($v: String) {\n    organisation(slug: $v) {\n      id\n    }\n  }\n"): typeof import('./graphql').EdgesOrganisationBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgesOrganisationsBySearch($v: String) {\n    organisations(search: $v) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').EdgesOrganisationsBySearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgesOrganisationsByCountry($v: String) {\n    organisations(country: $v) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').EdgesOrganisationsByCountryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgesLetterBySlug($v: String) {\n    letter(slug: $v) {\n      id\n    }\n  }\n"): typeof import('./graphql').EdgesLetterBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgesRemoveMember($v: ID!) {\n    removeMember(membershipId: $v)\n  }\n"): typeof import('./graphql').EdgesRemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgesVerifyEmail($v: String!) {\n    verifyEmail(token: $v) {\n      id\n    }\n  }\n"): typeof import('./graphql').EdgesVerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgesInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EdgesInviteEndorsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgesCreateOrganisationName($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      name\n    }\n  }\n"): typeof import('./graphql').EdgesCreateOrganisationNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgesCreateLetterBody($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      currentVersion {\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').EdgesCreateLetterBodyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditionLetterEdition($id: ID) {\n    letter(id: $id) {\n      id\n      edition {\n        id\n        contentHash\n        editionHash\n        deliveredAt\n        signatories {\n          displayName\n          lead\n        }\n        unnamedCount\n        supporterCount\n        verifyUrl\n      }\n    }\n  }\n"): typeof import('./graphql').EditionLetterEditionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbargoLetter($slug: String!) {\n    letter(slug: $slug) {\n      id\n      title\n      publishAt\n      timeline {\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').EmbargoLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbargoLetters {\n    letters(first: 50) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EmbargoLettersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmbargoSetPublication($letterId: ID!, $publishAt: DateTime) {\n    setPublication(letterId: $letterId, publishAt: $publishAt) {\n      id\n      publishAt\n    }\n  }\n"): typeof import('./graphql').EmbargoSetPublicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EmbargoCountsChanged($id: ID!) {\n    letterCountsChanged(letterId: $id) {\n      signed\n    }\n  }\n"): typeof import('./graphql').EmbargoCountsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbargoEdition($slug: String!) {\n    letter(slug: $slug) {\n      edition {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EmbargoEditionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmbargoInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EmbargoInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmbargoSignByInvitation($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').EmbargoSignByInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EndorsementRulesVerify($r: String!) {\n    verifyReceipt(receipt: $r) {\n      valid\n      letterId\n      organisationName\n      contentHash\n      signedAt\n    }\n  }\n"): typeof import('./graphql').EndorsementRulesVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EndorsementRulesAudit($id: ID!) {\n    auditTrail(letterId: $id) {\n      verified\n      events {\n        seq\n        kind\n        organisationId\n        hash\n        prevHash\n      }\n    }\n  }\n"): typeof import('./graphql').EndorsementRulesAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorsementRulesWithdraw($i: WithdrawInput!) {\n    withdrawEndorsement(input: $i) {\n      status\n    }\n  }\n"): typeof import('./graphql').EndorsementRulesWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EndorsementRulesLetterVersions($id: ID!) {\n    letter(id: $id) {\n      status\n      versions {\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').EndorsementRulesLetterVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorsementRulesInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EndorsementRulesInviteEndorsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorsementRulesComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EndorsementRulesCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EndorsementRulesLetterEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements {\n        edges {\n          node {\n            status\n            signedVersion {\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EndorsementRulesLetterEndorsementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EndorsementsCounts($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n        anonymous\n        needsReconfirmation\n        withdrawn\n        declined\n        invited\n        supporters\n      }\n    }\n  }\n"): typeof import('./graphql').EndorsementsCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EndorsementsSignatories($id: ID!, $order: SignatoryOrder, $country: String, $first: Int, $after: String) {\n    letter(id: $id) {\n      signatories(order: $order, country: $country, first: $first, after: $after) {\n        totalCount\n        anonymousCount\n        edges {\n          cursor\n          node {\n            displayName\n            country\n            organisationSlug\n            lead\n            signedAt\n            organisation {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EndorsementsSignatoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorsementsAddCoLead($i: AddCoLeadInput!) {\n    addCoLead(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').EndorsementsAddCoLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorsementsAcceptCoLead($l: ID!, $o: ID!) {\n    acceptCoLead(letterId: $l, organisationId: $o) {\n      id\n    }\n  }\n"): typeof import('./graphql').EndorsementsAcceptCoLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorsementsInviteOrganisations($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n      status\n      organisation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EndorsementsInviteOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorsementsInviteByEmail($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EndorsementsInviteByEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorsementsAcceptInvitation($t: String!, $o: ID!) {\n    acceptInvitation(token: $t, organisationId: $o) {\n      status\n      organisation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EndorsementsAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EndorsementsCurrentHash($id: ID!) {\n    letter(id: $id) {\n      currentVersion {\n        contentHash\n      }\n    }\n  }\n"): typeof import('./graphql').EndorsementsCurrentHashDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorsementsDecline($t: String!) {\n    declineInvitation(token: $t, reason: \"Not our mandate\") {\n      status\n    }\n  }\n"): typeof import('./graphql').EndorsementsDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorsementsWithdraw($i: WithdrawInput!) {\n    withdrawEndorsement(input: $i) {\n      status\n    }\n  }\n"): typeof import('./graphql').EndorsementsWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EndorsementsSignedEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements(status: SIGNED, first: 100) {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').EndorsementsSignedEndorsementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EndorsementsEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').EndorsementsEndorsementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HardeningIntrospection {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').HardeningIntrospectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HardeningTypename {\n    __typename\n  }\n"): typeof import('./graphql').HardeningTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HardeningLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').HardeningLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HiddenErrorsComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HiddenErrorsCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HiddenErrorsResolve($id: ID!) {\n    resolveComment(commentId: $id) {\n      resolved\n    }\n  }\n"): typeof import('./graphql').HiddenErrorsResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadsOnlyFieldsRecipient on Recipient {\n    e2: email\n    p2: postalAddress\n  }\n"): typeof import('./graphql').LeadsOnlyFieldsRecipientFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadsOnlyFieldsLetter on Letter {\n    recipients {\n      ...LeadsOnlyFieldsRecipient\n    }\n    petition {\n      ... on PetitionSettings {\n        blockedEmailDomains\n        blockedIpRanges\n      }\n    }\n  }\n"): typeof import('./graphql').LeadsOnlyFieldsLetterFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadsOnlyFieldsProbe($slug: String!) {\n    letter(slug: $slug) {\n      a: recipients {\n        email\n        postalAddress\n      }\n      b: recipients {\n        ... on Recipient {\n          email\n        }\n      }\n      ...LeadsOnlyFieldsLetter\n      deliveries {\n        id\n      }\n      targetDeliveries {\n        constituents\n      }\n    }\n    letters(first: 50) {\n      edges {\n        node {\n          id\n          recipients {\n            email\n            postalAddress\n          }\n          petition {\n            blockedEmailDomains\n            blockedIpRanges\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LeadsOnlyFieldsProbeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LettersRevise($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      id\n      number\n      contentHash\n      material\n      note\n    }\n  }\n"): typeof import('./graphql').LettersReviseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LettersOpen($id: ID!) {\n    openLetter(letterId: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').LettersOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LettersClose($id: ID!) {\n    closeLetter(letterId: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').LettersCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LettersComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n      paragraph\n      resolved\n      author {\n        name\n        email\n      }\n      version {\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').LettersCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersVersionsAndDiff($id: ID!) {\n    letter(id: $id) {\n      versions {\n        number\n      }\n      currentVersion {\n        number\n      }\n      diff(fromVersion: 1, toVersion: 4)\n    }\n  }\n"): typeof import('./graphql').LettersVersionsAndDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersPrivateLetter($id: ID!) {\n    letter(id: $id) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').LettersPrivateLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersPrivateVersions($id: ID!) {\n    letter(id: $id) {\n      versions {\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').LettersPrivateVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersPrivateComments($id: ID!) {\n    letter(id: $id) {\n      comments {\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').LettersPrivateCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersPrivateDiff($id: ID!) {\n    letter(id: $id) {\n      diff(fromVersion: 1, toVersion: 1)\n    }\n  }\n"): typeof import('./graphql').LettersPrivateDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LettersAddCoLead($input: AddCoLeadInput!) {\n    addCoLead(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').LettersAddCoLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersCount {\n    letters {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').LettersCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LettersAcceptCoLead($l: ID!, $o: ID!) {\n    acceptCoLead(letterId: $l, organisationId: $o) {\n      leadOrganisations {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').LettersAcceptCoLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersCommentAuthors($id: ID!) {\n    letter(id: $id) {\n      comments {\n        body\n        author {\n          name\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LettersCommentAuthorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LettersResolveComment($id: ID!) {\n    resolveComment(commentId: $id) {\n      resolved\n    }\n  }\n"): typeof import('./graphql').LettersResolveCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersCommentLists($id: ID!) {\n    letter(id: $id) {\n      open: comments(resolved: false) {\n        body\n      }\n      done: comments(resolved: true) {\n        body\n      }\n      all: comments {\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').LettersCommentListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersAnonymousRead($id: ID!) {\n    letter(id: $id) {\n      status\n      versions {\n        number\n      }\n      comments {\n        id\n      }\n      timeline {\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').LettersAnonymousReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersEarlyDiff($id: ID!) {\n    letter(id: $id) {\n      diff(fromVersion: 1, toVersion: 2)\n    }\n  }\n"): typeof import('./graphql').LettersEarlyDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersOpenList {\n    letters(status: OPEN) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LettersOpenListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersTimeline($id: ID!) {\n    letter(id: $id) {\n      timeline {\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').LettersTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LettersCreate($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').LettersCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsProbe {\n    __typename\n  }\n"): typeof import('./graphql').LimitsProbeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsCreate($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').LimitsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsRevise($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      number\n    }\n  }\n"): typeof import('./graphql').LimitsReviseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsDiff($id: ID!) {\n    letter(id: $id) {\n      diff(fromVersion: 1, toVersion: 2)\n    }\n  }\n"): typeof import('./graphql').LimitsDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').LimitsCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsLists($id: ID!, $n: Int) {\n    letter(id: $id) {\n      versions(first: $n) {\n        number\n      }\n      all: versions {\n        number\n      }\n      comments(first: $n) {\n        body\n      }\n      allComments: comments {\n        body\n      }\n      timeline(first: $n) {\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').LimitsListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsCurrentHash($id: ID!) {\n    letter(id: $id) {\n      currentVersion {\n        contentHash\n      }\n    }\n  }\n"): typeof import('./graphql').LimitsCurrentHashDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailLanguageInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').MailLanguageInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailLanguageSetOpen($letterId: ID!) {\n    setOpenSignOn(letterId: $letterId, open: true) {\n      openSignOn\n    }\n  }\n"): typeof import('./graphql').MailLanguageSetOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailLanguageRequestToSign($input: RequestToSignInput!) {\n    requestToSign(input: $input)\n  }\n"): typeof import('./graphql').MailLanguageRequestToSignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailLanguageConfirmSignOn($token: String!) {\n    confirmSignOn(token: $token) {\n      status\n    }\n  }\n"): typeof import('./graphql').MailLanguageConfirmSignOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailLanguageSignPetition($input: SignPetitionInput!) {\n    signPetition(input: $input)\n  }\n"): typeof import('./graphql').MailLanguageSignPetitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailLanguageSignByInvitation($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').MailLanguageSignByInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailOutboxVerifyEmail($t: String!) {\n    verifyEmail(token: $t) {\n      email\n      emailVerified\n    }\n  }\n"): typeof import('./graphql').MailOutboxVerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipInvitationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n    }\n  }\n"): typeof import('./graphql').MembershipInvitationsInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipInvitationsAccept($t: String!) {\n    acceptMembershipInvitation(token: $t) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').MembershipInvitationsAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipInvitationsMembers($id: ID) {\n    organisation(id: $id) {\n      members {\n        id\n        role\n        user {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MembershipInvitationsMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipInvitationsList($id: ID!) {\n    membershipInvitations(organisationId: $id) {\n      id\n      email\n      role\n      status\n      expiresAt\n      invitedBy {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').MembershipInvitationsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipInvitationsRevoke($id: ID!) {\n    revokeMembershipInvitation(id: $id)\n  }\n"): typeof import('./graphql').MembershipInvitationsRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipInvitationsRemove($id: ID!) {\n    removeMember(membershipId: $id)\n  }\n"): typeof import('./graphql').MembershipInvitationsRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipInvitationsChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').MembershipInvitationsChangeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSignOnSet($letterId: ID!, $open: Boolean!, $autoApproveVerified: Boolean) {\n    setOpenSignOn(letterId: $letterId, open: $open, autoApproveVerified: $autoApproveVerified) {\n      id\n      openSignOn\n      autoApproveVerified\n    }\n  }\n"): typeof import('./graphql').OpenSignOnSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSignOnRequest($input: RequestToSignInput!) {\n    requestToSign(input: $input)\n  }\n"): typeof import('./graphql').OpenSignOnRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSignOnConfirm($token: String!) {\n    confirmSignOn(token: $token) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedBy\n      organisation {\n        id\n        name\n        verifiedDomain\n      }\n    }\n  }\n"): typeof import('./graphql').OpenSignOnConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenSignOnLetter($id: ID!) {\n    letter(id: $id) {\n      openSignOn\n      autoApproveVerified\n      counts {\n        signed\n        anonymous\n        needsReconfirmation\n        withdrawn\n      }\n      signatories(first: 50) {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            verified\n            organisation {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OpenSignOnLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenSignOnQueue($id: ID!) {\n    letter(id: $id) {\n      endorsements(status: PENDING_APPROVAL, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            status\n            signedBy\n            signerName\n            organisation {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OpenSignOnQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSignOnApprove($id: ID!) {\n    approveEndorsement(endorsementId: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OpenSignOnApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSignOnReject($id: ID!) {\n    rejectEndorsement(endorsementId: $id, reason: \"not a coalition member\") {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OpenSignOnRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenSignOnByLink($token: String!) {\n    endorsementByLink(token: $token) {\n      id\n      status\n      contentHash\n    }\n  }\n"): typeof import('./graphql').OpenSignOnByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSignOnReconfirm($token: String!, $contentHash: String!) {\n    reconfirmByLink(token: $token, contentHash: $contentHash) {\n      id\n      status\n      contentHash\n    }\n  }\n"): typeof import('./graphql').OpenSignOnReconfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenSignOnRequestByLink($token: String!) {\n    signOnRequestByLink(token: $token) {\n      email\n      organisationName\n      signerName\n      anonymous\n      contentHash\n      letter {\n        slug\n        currentVersion {\n          contentHash\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OpenSignOnRequestByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSignOnWithdraw($token: String!) {\n    withdrawByLink(token: $token) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OpenSignOnWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsOrganisation($id: ID) {\n    organisation(id: $id) {\n      id\n      name\n      country\n      members {\n        id\n        role\n        user {\n          id\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationsOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      organisation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationsInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationsAccept($t: String!) {\n    acceptMembershipInvitation(token: $t) {\n      id\n      role\n      user {\n        id\n      }\n      organisation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationsAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationsChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').OrganisationsChangeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationsRemove($id: ID!) {\n    removeMember(membershipId: $id)\n  }\n"): typeof import('./graphql').OrganisationsRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsMyMemberships {\n    me {\n      memberships {\n        organisation {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationsMyMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsList($search: String, $country: String, $first: Int, $after: String) {\n    organisations(search: $search, country: $country, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          name\n          country\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OsdiLetterSigners($id: ID!) {\n    letter(id: $id) {\n      id\n      signatories(first: 50) {\n        anonymousCount\n        edges {\n          node {\n            displayName\n          }\n        }\n      }\n      endorsements(first: 50) {\n        edges {\n          node {\n            id\n            displayName\n            signerName\n            anonymous\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OsdiLetterSignersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OsdiOutsiderSignatories($id: ID!) {\n          letter(id: $id) {\n            signatories(first: 50) {\n              anonymousCount\n              edges {\n                node {\n                  displayName\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').OsdiOutsiderSignatoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n"): typeof import('./graphql').StartPasskeyRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyRegistration($response: String!, $name: String) {\n    finishPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n"): typeof import('./graphql').FinishPasskeyRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeyLogIn($email: String) {\n    startPasskeyLogIn(email: $email)\n  }\n"): typeof import('./graphql').StartPasskeyLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyLogIn($response: String!) {\n    finishPasskeyLogIn(response: $response) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').FinishPasskeyLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(passkeyId: $id)\n  }\n"): typeof import('./graphql').RemovePasskeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPasskeys {\n    me {\n      id\n      passkeys {\n        id\n        name\n        lastUsedAt\n      }\n    }\n    sessions {\n      current\n      methods\n    }\n  }\n"): typeof import('./graphql').MyPasskeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequirePhishingResistant($id: ID!, $on: Boolean) {\n    setOrganisationSecurity(organisationId: $id, requirePhishingResistant: $on) {\n      id\n      requireTwoFactor\n      requirePhishingResistant\n    }\n  }\n"): typeof import('./graphql').RequirePhishingResistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements {\n        totalCount\n        edges {\n          node {\n            displayName\n            anonymous\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LeadEndorsementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionCountCrowdedPage($slug: String!) {\n    letter(slug: $slug) {\n      title\n      counts {\n        signed\n        supporters\n      }\n      signatories(first: 20) {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').PetitionCountCrowdedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PetitionCountClose($id: ID!) {\n    closeLetter(letterId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PetitionCountCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionCountStatus($s: String!) {\n    letter(slug: $s) {\n      status\n    }\n  }\n"): typeof import('./graphql').PetitionCountStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionScaleSupportersByCountry($id: ID!) {\n    letter(id: $id) {\n      supportersByCountry {\n        country\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').PetitionScaleSupportersByCountryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PetitionWithdrawSignature($t: String!) {\n    withdrawSignature(token: $t)\n  }\n"): typeof import('./graphql').PetitionWithdrawSignatureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PetitionEraseSupporterData($t: String!) {\n    eraseSupporterData(token: $t)\n  }\n"): typeof import('./graphql').PetitionEraseSupporterDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PetitionInvalidateSignatures($input: InvalidateSignaturesInput!) {\n    invalidateSignatures(input: $input)\n  }\n"): typeof import('./graphql').PetitionInvalidateSignaturesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PetitionCloseLetter($id: ID!) {\n    closeLetter(letterId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PetitionCloseLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionView($id: ID!) {\n    letter(id: $id) {\n      goal\n      counts {\n        supporters\n      }\n      supportersByCountry {\n        country\n        count\n      }\n      supporters(first: 100) {\n        totalCount\n        edges {\n          node {\n            name\n          }\n        }\n      }\n      timeline(first: 100) {\n        kind\n        title\n      }\n      petition {\n        consentText\n        minimumAge\n      }\n    }\n  }\n"): typeof import('./graphql').PetitionViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionSupporterNames($id: ID!) {\n    letter(id: $id) {\n      supporters {\n        edges {\n          node {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PetitionSupporterNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionEdition($id: ID!) {\n    letter(id: $id) {\n      edition {\n        supporterCount\n      }\n    }\n  }\n"): typeof import('./graphql').PetitionEditionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionCounts($id: ID!) {\n    letter(id: $id) {\n      counts {\n        supporters\n      }\n      supportersByCountry {\n        country\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').PetitionCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepresentativesImportRepresentatives($postcode: String!, $areaType: String) {\n    representatives(postcode: $postcode, areaType: $areaType) {\n      id\n      name\n      title\n      email\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n"): typeof import('./graphql').RepresentativesImportRepresentativesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepresentativesLookupUpsertTargets($input: [TargetInput!]!) {\n    upsertTargets(input: $input) {\n      id\n      name\n      title\n      email\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n"): typeof import('./graphql').RepresentativesLookupUpsertTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepresentativesLookupRepresentatives($postcode: String!, $areaType: String) {\n    representatives(postcode: $postcode, areaType: $areaType) {\n      id\n      name\n      title\n      email\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n"): typeof import('./graphql').RepresentativesLookupRepresentativesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepresentativesLookupTypename {\n    __typename\n  }\n"): typeof import('./graphql').RepresentativesLookupTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepresentativesLookupLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').RepresentativesLookupLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepresentativesSafetyUpsertTargets($input: [TargetInput!]!) {\n    upsertTargets(input: $input) {\n      email\n    }\n  }\n"): typeof import('./graphql').RepresentativesSafetyUpsertTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepresentativesSafetyRepresentatives($postcode: String!, $areaType: String) {\n    representatives(postcode: $postcode, areaType: $areaType) {\n      id\n      name\n      title\n      email\n      party\n      area {\n        code\n        name\n        type\n      }\n    }\n  }\n"): typeof import('./graphql').RepresentativesSafetyRepresentativesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterSupportersByArea($id: ID!) {\n    letter(id: $id) {\n      supportersByArea {\n        areaCode\n        areaName\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').LetterSupportersByAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSignature($t: String!) {\n    withdrawSignature(token: $t)\n  }\n"): typeof import('./graphql').WithdrawSignatureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterTargetDeliveries($id: ID!) {\n    letter(id: $id) {\n      targetDeliveries {\n        target {\n          name\n          email\n          area {\n            code\n            name\n          }\n        }\n        constituents\n        pending\n        sending\n        sent\n        failed\n        attempts\n        addressFailedAt\n        lastError\n      }\n    }\n  }\n"): typeof import('./graphql').LetterTargetDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResilienceLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').ResilienceLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResilienceCreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n      currentVersion {\n        contentHash\n      }\n    }\n  }\n"): typeof import('./graphql').ResilienceCreateLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResilienceEndorse($input: EndorseInput!) {\n    endorseLetter(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ResilienceEndorseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceReadLetter($id: ID!) {\n    letter(id: $id) {\n      id\n      title\n      status\n    }\n  }\n"): typeof import('./graphql').ResilienceReadLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResilienceLetterCountsChanged($id: ID!) {\n    letterCountsChanged(letterId: $id) {\n      signed\n    }\n  }\n"): typeof import('./graphql').ResilienceLetterCountsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseBudgetVersions($id: ID!) {\n    letter(id: $id) {\n      versions(first: 100) {\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').ResponseBudgetVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseBudgetCurrentVersion($id: ID!) {\n    letter(id: $id) {\n      currentVersion {\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').ResponseBudgetCurrentVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleMatrixLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').RoleMatrixLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleMatrixReauthenticate($password: String) {\n    reauthenticate(password: $password) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').RoleMatrixReauthenticateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleMatrixStartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n"): typeof import('./graphql').RoleMatrixStartPasskeyRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleMatrixFinishPasskeyRegistration($response: String!) {\n    finishPasskeyRegistration(response: $response) {\n      id\n    }\n  }\n"): typeof import('./graphql').RoleMatrixFinishPasskeyRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleMatrixStartPasskeyLogIn {\n    startPasskeyLogIn\n  }\n"): typeof import('./graphql').RoleMatrixStartPasskeyLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleMatrixComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RoleMatrixCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleMatrixSignByInvitation($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RoleMatrixSignByInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignByInvitationInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SignByInvitationInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignByInvitationSign($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedBy\n      organisation {\n        id\n        name\n        verifiedDomain\n      }\n    }\n  }\n"): typeof import('./graphql').SignByInvitationSignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignByInvitationByLink($token: String!) {\n    endorsementByLink(token: $token) {\n      id\n      status\n      contentHash\n      anonymous\n      signerName\n      signedBy\n      letter {\n        id\n        title\n        currentVersion {\n          contentHash\n          body\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignByInvitationByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignByInvitationInvitation($token: String!) {\n    invitationByLink(token: $token) {\n      id\n      status\n      email\n      name\n      organisation {\n        id\n        name\n      }\n      letter {\n        id\n        title\n        status\n        endorsementDeadline\n        currentVersion {\n          number\n          contentHash\n          body\n        }\n        leadOrganisations {\n          name\n        }\n        signatories(first: 50) {\n          totalCount\n          anonymousCount\n          edges {\n            node {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignByInvitationInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignByInvitationReconfirm($token: String!, $contentHash: String!, $anonymous: Boolean) {\n    reconfirmByLink(token: $token, contentHash: $contentHash, anonymous: $anonymous) {\n      id\n      status\n      contentHash\n      anonymous\n    }\n  }\n"): typeof import('./graphql').SignByInvitationReconfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignByInvitationWithdraw($token: String!, $reason: String) {\n    withdrawByLink(token: $token, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SignByInvitationWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignByInvitationSignatories($id: ID!) {\n    letter(id: $id) {\n      signatories(first: 50) {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            verified\n            contentHash\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignByInvitationSignatoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignByInvitationLeadView($id: ID!) {\n    letter(id: $id) {\n      endorsements(first: 50) {\n        edges {\n          node {\n            id\n            status\n            signedBy\n            signerName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignByInvitationLeadViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignByInvitationSignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"): typeof import('./graphql').SignByInvitationSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignByInvitationVerify($token: String!) {\n    verifyEmail(token: $token) {\n      emailVerified\n    }\n  }\n"): typeof import('./graphql').SignByInvitationVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignByInvitationLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').SignByInvitationLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignByInvitationDirectory($search: String!, $id: ID!) {\n    organisations(search: $search) {\n      totalCount\n    }\n    organisation(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').SignByInvitationDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignByInvitationWithdrawByAccount($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').SignByInvitationWithdrawByAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignByInvitationReject($id: ID!) {\n    rejectEndorsement(endorsementId: $id, reason: \"not one of ours\") {\n      status\n    }\n  }\n"): typeof import('./graphql').SignByInvitationRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignByInvitationMyMemberships {\n    me {\n      memberships {\n        role\n        organisation {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignByInvitationMyMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsAccessInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubscriptionsAccessInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriptionsAccessMembers($id: ID) {\n    organisation(id: $id) {\n      members {\n        id\n        user {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SubscriptionsAccessMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsAccessRemove($id: ID!) {\n    removeMember(membershipId: $id)\n  }\n"): typeof import('./graphql').SubscriptionsAccessRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionsAccessDeliveryChanged($id: ID!) {\n    deliveryChanged(letterId: $id) {\n      status\n      recipient {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SubscriptionsAccessDeliveryChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionsAccessCountsChanged($id: ID!) {\n    letterCountsChanged(letterId: $id) {\n      invited\n    }\n  }\n"): typeof import('./graphql').SubscriptionsAccessCountsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsAccessEvent($input: DeliveryEventInput!) {\n    recordDeliveryEvent(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').SubscriptionsAccessEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsAccessInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubscriptionsAccessInviteEndorsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        emailVerified\n        twoFactorEnabled\n      }\n    }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      otpauthUrl\n    }\n  }\n"): typeof import('./graphql').StartTwoFactorSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n"): typeof import('./graphql').ConfirmTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n"): typeof import('./graphql').DisableTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!, $code: String) {\n    resetPassword(token: $token, password: $password, code: $code)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($current: String!, $password: String!) {\n    changePassword(currentPassword: $current, password: $password)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($email: String!) {\n    changeEmail(email: $email)\n  }\n"): typeof import('./graphql').ChangeEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"): typeof import('./graphql').ConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        id\n        name\n        organisationId\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($apiKeyId: ID!) {\n    revokeApiKey(apiKeyId: $apiKeyId)\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgeLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').EdgeLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n      slug\n      currentVersion {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').FactoryLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').FactoryCreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestLetterFields on Letter {\n    id\n    slug\n    title\n    status\n    visibility\n    endorsementDeadline\n    currentVersion {\n      id\n      number\n      contentHash\n    }\n    leadOrganisations {\n      id\n    }\n  }\n"): typeof import('./graphql').TestLetterFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateLetter($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      ...TestLetterFields\n    }\n  }\n"): typeof import('./graphql').FactoryCreateLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorseLetter($input: EndorseInput!) {\n    endorseLetter(input: $input) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedAt\n      receipt\n      organisation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EndorseLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryOpenLetter($letterId: ID!) {\n    openLetter(letterId: $letterId) {\n      id\n    }\n  }\n"): typeof import('./graphql').FactoryOpenLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseLetter($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      id\n      number\n      contentHash\n    }\n  }\n"): typeof import('./graphql').ReviseLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryAddRecipient($input: AddRecipientInput!) {\n    addRecipient(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').FactoryAddRecipientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryDeliverLetter($letterId: ID!) {\n    deliverLetter(letterId: $letterId) {\n      id\n      messageId\n    }\n  }\n"): typeof import('./graphql').FactoryDeliverLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignPetition($input: SignPetitionInput!) {\n    signPetition(input: $input)\n  }\n"): typeof import('./graphql').SignPetitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSignature($token: String!) {\n    confirmSignature(token: $token) {\n      id\n      status\n      name\n      confirmedAt\n    }\n  }\n"): typeof import('./graphql').ConfirmSignatureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPetitionSettings($input: PetitionSettingsInput!) {\n    setPetitionSettings(input: $input) {\n      id\n      goal\n    }\n  }\n"): typeof import('./graphql').SetPetitionSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupporterCount($id: ID!) {\n    letter(id: $id) {\n      counts {\n        supporters\n      }\n    }\n  }\n"): typeof import('./graphql').SupporterCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTargeting($input: TargetingInput!) {\n    setTargeting(input: $input) {\n      id\n      targeting {\n        mode\n        areaType\n        perTargetPerHour\n      }\n    }\n  }\n"): typeof import('./graphql').SetTargetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCreate($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        events\n        letterId\n        enabled\n        publicKey\n      }\n    }\n  }\n"): typeof import('./graphql').WebhooksCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimelinePostUpdate($input: PostUpdateInput!) {\n    postUpdate(input: $input) {\n      id\n      kind\n      title\n      body\n      occurredAt\n    }\n  }\n"): typeof import('./graphql').TimelinePostUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineTimeline($id: ID!) {\n    letter(id: $id) {\n      timeline {\n        kind\n        title\n        body\n        occurredAt\n      }\n    }\n  }\n"): typeof import('./graphql').TimelineTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationPdfsSave($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').TranslationPdfsSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationPdfsApprove($translationId: ID!) {\n    approveTranslation(translationId: $translationId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').TranslationPdfsApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationPdfsEdition($id: ID!) {\n    letter(id: $id) {\n      currentVersion {\n        contentHash\n      }\n      edition {\n        id\n        contentHash\n        editionHash\n        translations {\n          language\n          contentHash\n          pdfUrl\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TranslationPdfsEditionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationsSave($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      id\n      language\n      title\n      body\n      contentHash\n      translator\n      status\n      basedOnVersion\n      approvedAt\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').TranslationsSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationsApprove($translationId: ID!) {\n    approveTranslation(translationId: $translationId) {\n      id\n      status\n      basedOnVersion\n      approvedAt\n    }\n  }\n"): typeof import('./graphql').TranslationsApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationsDelete($translationId: ID!) {\n    deleteTranslation(translationId: $translationId)\n  }\n"): typeof import('./graphql').TranslationsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationsRead($id: ID!, $status: TranslationStatus, $language: String!) {\n    letter(id: $id) {\n      language\n      translations(status: $status) {\n        id\n        language\n        title\n        status\n        contentHash\n        basedOnVersion\n      }\n      translation(language: $language) {\n        id\n        language\n        title\n        body\n        translator\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').TranslationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationsDiff($id: ID!, $from: Int!, $to: Int!) {\n    letter(id: $id) {\n      diff(fromVersion: $from, toVersion: $to)\n    }\n  }\n"): typeof import('./graphql').TranslationsDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationsEdition($id: ID!) {\n    letter(id: $id) {\n      slug\n      edition {\n        id\n        contentHash\n        editionHash\n        unnamedCount\n        supporterCount\n        signatories {\n          displayName\n        }\n        translations {\n          language\n          contentHash\n          pdfUrl\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TranslationsEditionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TranslationsCreateLetter($input: CreateLetterInput!) {\n            createLetter(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').TranslationsCreateLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation TranslationsRaceRevise($input: ReviseLetterInput!) {\n              reviseLetter(input: $input) {\n                number\n              }\n            }\n          "): typeof import('./graphql').TranslationsRaceReviseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustAccessInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').TrustAccessInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustAccessRead($id: ID!) {\n    letter(id: $id) {\n      id\n      currentVersion {\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').TrustAccessReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustAccessVerifyReceipt($r: String!) {\n    verifyReceipt(receipt: $r) {\n      valid\n      current\n      contentHash\n    }\n  }\n"): typeof import('./graphql').TrustAccessVerifyReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustAccessComment($input: CommentInput!) {\n    commentOnLetter(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').TrustAccessCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustAccessLeadView($id: ID!) {\n    letter(id: $id) {\n      recipients {\n        email\n      }\n      endorsements {\n        edges {\n          node {\n            anonymous\n            organisation {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrustAccessLeadViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustAccessDecline($t: String!) {\n    declineInvitation(token: $t) {\n      status\n    }\n  }\n"): typeof import('./graphql').TrustAccessDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustAccessDeclineAndRead($t: String!) {\n    declineInvitation(token: $t) {\n      status\n      letter {\n        currentVersion {\n          body\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrustAccessDeclineAndReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustAccessLetterId($id: ID!) {\n    letter(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').TrustAccessLetterIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustAccessAccept($t: String!, $o: ID!) {\n    acceptInvitation(token: $t, organisationId: $o) {\n      status\n    }\n  }\n"): typeof import('./graphql').TrustAccessAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustAccessWithdraw($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').TrustAccessWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustAccessVerifyDomain($id: ID!) {\n    verifyOrganisationDomain(organisationId: $id) {\n      verifiedDomain\n    }\n  }\n"): typeof import('./graphql').TrustAccessVerifyDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustAccessCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').TrustAccessCreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustAccessReject($id: ID!) {\n    rejectEndorsement(endorsementId: $id, reason: \"Not who they say\") {\n      status\n    }\n  }\n"): typeof import('./graphql').TrustAccessRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustAccessComments($id: ID!) {\n    letter(id: $id) {\n      comments {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').TrustAccessCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustAccessSignatories($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n      }\n      signatories {\n        edges {\n          node {\n            displayName\n            verified\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrustAccessSignatoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustAccessAuditTrail($id: ID!) {\n    auditTrail(letterId: $id) {\n      verified\n      headHash\n      checkpoint\n      events {\n        hash\n      }\n    }\n  }\n"): typeof import('./graphql').TrustAccessAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustAccessAuditHead($id: ID!) {\n    auditTrail(letterId: $id) {\n      headHash\n    }\n  }\n"): typeof import('./graphql').TrustAccessAuditHeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustSigningSignatories($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n        anonymous\n      }\n      signatories {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            organisationSlug\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrustSigningSignatoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustSigningWithdrawEndorsement($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').TrustSigningWithdrawEndorsementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3BadgeSignatories($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n      }\n      signatories {\n        edges {\n          node {\n            displayName\n            verified\n            verifiedDomain\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').Trust3BadgeSignatoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3BadgeEndorsements($id: ID!) {\n    letter(id: $id) {\n      endorsements {\n        edges {\n          node {\n            id\n            status\n            displayName\n            organisation {\n              name\n              verifiedDomain\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').Trust3BadgeEndorsementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Trust3BadgeApprove($id: ID!) {\n    approveEndorsement(endorsementId: $id) {\n      id\n      status\n      displayName\n    }\n  }\n"): typeof import('./graphql').Trust3BadgeApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Trust3BadgeVerifyDomain($id: ID!) {\n    verifyOrganisationDomain(organisationId: $id) {\n      verifiedDomain\n    }\n  }\n"): typeof import('./graphql').Trust3BadgeVerifyDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3BadgeEdition($id: ID!) {\n    letter(id: $id) {\n      edition {\n        id\n        signatories {\n          displayName\n          verified\n          verifiedDomain\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').Trust3BadgeEditionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Trust3BadgeCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').Trust3BadgeCreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Trust3BadgeAddCoLead($input: AddCoLeadInput!) {\n    addCoLead(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').Trust3BadgeAddCoLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Trust3BadgeAcceptCoLead($l: ID!, $o: ID!) {\n    acceptCoLead(letterId: $l, organisationId: $o) {\n      id\n    }\n  }\n"): typeof import('./graphql').Trust3BadgeAcceptCoLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3BudgetTypename {\n    __typename\n  }\n"): typeof import('./graphql').Trust3BudgetTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3BudgetTwoTimelines($id: ID!) {\n    letter(id: $id) {\n      a: timeline(first: 100) {\n        body\n      }\n      b: timeline(first: 100) {\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').Trust3BudgetTwoTimelinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3BudgetSmallPages($id: ID!, $n: Int) {\n    letter(id: $id) {\n      t0: timeline(first: $n) {\n        id\n        kind\n        title\n        body\n        occurredAt\n      }\n      t1: timeline(first: $n) {\n        id\n        kind\n        title\n        body\n        occurredAt\n      }\n      t2: timeline(first: $n) {\n        id\n        kind\n        title\n        body\n        occurredAt\n      }\n    }\n  }\n"): typeof import('./graphql').Trust3BudgetSmallPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3BudgetTimelinePage($id: ID!, $n: Int) {\n    letter(id: $id) {\n      timeline(first: $n) {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').Trust3BudgetTimelinePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Trust3InvitationsInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').Trust3InvitationsInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3KeysVerifyReceipt($r: String!) {\n    verifyReceipt(receipt: $r) {\n      valid\n      organisationName\n    }\n  }\n"): typeof import('./graphql').Trust3KeysVerifyReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3KeysCheckpoint($id: ID!) {\n    auditTrail(letterId: $id) {\n      checkpoint\n    }\n  }\n"): typeof import('./graphql').Trust3KeysCheckpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Trust3MinorEditsRevise($input: ReviseLetterInput!) {\n    reviseLetter(input: $input) {\n      number\n      contentHash\n    }\n  }\n"): typeof import('./graphql').Trust3MinorEditsReviseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Trust3MinorEditsObject($token: String!) {\n    objectToMinorEdit(token: $token)\n  }\n"): typeof import('./graphql').Trust3MinorEditsObjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Trust3MinorEditsConfirmSignature($t: String!) {\n    confirmSignature(token: $t) {\n      id\n    }\n  }\n"): typeof import('./graphql').Trust3MinorEditsConfirmSignatureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3MinorEditsCounts($id: ID!) {\n    letter(id: $id) {\n      counts {\n        signed\n        needsReconfirmation\n      }\n    }\n  }\n"): typeof import('./graphql').Trust3MinorEditsCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3MinorEditsAuditTrail($id: ID!) {\n    auditTrail(letterId: $id) {\n      verified\n      events {\n        kind\n        organisationId\n      }\n    }\n  }\n"): typeof import('./graphql').Trust3MinorEditsAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3MinorEditsEdition($id: ID!) {\n    letter(id: $id) {\n      edition {\n        id\n        contentHash\n        editionHash\n        unnamedCount\n        supporterCount\n        signatories {\n          displayName\n          signedVersion\n          contentHash\n        }\n        minorEdits {\n          version\n          contentHash\n          diff\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').Trust3MinorEditsEditionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reauthenticate($password: String, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ReauthenticateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions {\n    sessions {\n      id\n      current\n    }\n  }\n"): typeof import('./graphql').SessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Trust3RelaysInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').Trust3RelaysInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3RenderProbe {\n    __typename\n  }\n"): typeof import('./graphql').Trust3RenderProbeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3RenderEditionId($id: ID) {\n    letter(id: $id) {\n      edition {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').Trust3RenderEditionIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').InviteEndorsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Letter($id: ID!) {\n    letter(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').LetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut($t: String!) {\n    logOut(refreshToken: $t)\n  }\n"): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionMethods {\n    sessions {\n      id\n      current\n      methods\n    }\n  }\n"): typeof import('./graphql').SessionMethodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequireTwoFactor($id: ID!) {\n    setOrganisationSecurity(organisationId: $id, requireTwoFactor: true) {\n      id\n    }\n  }\n"): typeof import('./graphql').RequireTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertTargets($input: [TargetInput!]!) {\n    upsertTargets(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpsertTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          subscription LetterCountsInvited($id: ID!) {\n            letterCountsChanged(letterId: $id) {\n              invited\n            }\n          }\n        "): typeof import('./graphql').LetterCountsInvitedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LetterEndorsements($id: ID!) {\n          letter(id: $id) {\n            id\n            endorsements {\n              totalCount\n              edges {\n                node {\n                  anonymous\n                  organisation {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').LetterEndorsementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LetterRecipients($id: ID!) {\n          letter(id: $id) {\n            recipients {\n              name\n              email\n              postalAddress\n            }\n          }\n        }\n      "): typeof import('./graphql').LetterRecipientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuditTrail($id: ID!) {\n          auditTrail(letterId: $id) {\n            events {\n              kind\n              organisationId\n            }\n          }\n        }\n      "): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3SupportersPublicView($id: ID!) {\n    letter(id: $id) {\n      counts {\n        supporters\n        supportersAwaitingReconfirmation\n      }\n      supporters(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            country\n            area\n            signedAt\n          }\n        }\n      }\n      supportersByCountry {\n        country\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').Trust3SupportersPublicViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust3SupportersInCountry($id: ID!) {\n    letter(id: $id) {\n      supporters(first: 5, country: \"GB\") {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').Trust3SupportersInCountryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Trust3SupportersWithdrawSignature($t: String!) {\n    withdrawSignature(token: $t)\n  }\n"): typeof import('./graphql').Trust3SupportersWithdrawSignatureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Trust3SupportersEraseSupporterData($t: String!) {\n    eraseSupporterData(token: $t)\n  }\n"): typeof import('./graphql').Trust3SupportersEraseSupporterDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      requireTwoFactor\n    }\n  }\n"): typeof import('./graphql').OrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionDevices {\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      current\n    }\n  }\n"): typeof import('./graphql').SessionDevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SetOrganisationSecurity($id: ID!, $on: Boolean!) {\n        setOrganisationSecurity(organisationId: $id, requireTwoFactor: $on) {\n          id\n          requireTwoFactor\n        }\n      }\n    "): typeof import('./graphql').SetOrganisationSecurityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCoalitionRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').WebCoalitionRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebFieldsMyEndorsements($slug: String!) {\n    letter(slug: $slug) {\n      myEndorsements {\n        status\n        anonymous\n        organisation {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebFieldsMyEndorsementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebFieldsCoLeadRequests($id: ID!) {\n    organisation(id: $id) {\n      coLeadRequests {\n        letterId\n        slug\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').WebFieldsCoLeadRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebFieldsAddCoLead($input: AddCoLeadInput!) {\n    addCoLead(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').WebFieldsAddCoLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebFieldsAcceptCoLead($l: ID!, $o: ID!) {\n    acceptCoLead(letterId: $l, organisationId: $o) {\n      id\n    }\n  }\n"): typeof import('./graphql').WebFieldsAcceptCoLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebGuestSigningInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').WebGuestSigningInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPagesUpsertTargets($input: [TargetInput!]!) {\n    upsertTargets(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').WebPagesUpsertTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPagesInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').WebPagesInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPagesInviteEndorsers($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').WebPagesInviteEndorsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebTranslationsCreate($input: CreateLetterInput!) {\n    createLetter(input: $input) {\n      id\n      slug\n      currentVersion {\n        contentHash\n      }\n    }\n  }\n"): typeof import('./graphql').WebTranslationsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebTranslationsOpen($letterId: ID!) {\n    openLetter(letterId: $letterId) {\n      id\n    }\n  }\n"): typeof import('./graphql').WebTranslationsOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebTranslationsSave($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WebTranslationsSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebTranslationsApprove($translationId: ID!) {\n    approveTranslation(translationId: $translationId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WebTranslationsApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebTranslationsSetOpen($letterId: ID!) {\n    setOpenSignOn(letterId: $letterId, open: true) {\n      id\n    }\n  }\n"): typeof import('./graphql').WebTranslationsSetOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebTranslationsRequest($input: RequestToSignInput!) {\n    requestToSign(input: $input)\n  }\n"): typeof import('./graphql').WebTranslationsRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebTranslationsInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').WebTranslationsInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookAttacksRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WebhookAttacksRedeliverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksRotate($webhookId: ID!) {\n    rotateWebhookSecret(webhookId: $webhookId) {\n      secret\n      webhook {\n        id\n        publicKey\n      }\n    }\n  }\n"): typeof import('./graphql').WebhooksRotateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksDelete($webhookId: ID!) {\n    deleteWebhook(webhookId: $webhookId)\n  }\n"): typeof import('./graphql').WebhooksDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      event\n      status\n      attempts\n    }\n  }\n"): typeof import('./graphql').WebhooksRedeliverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksEraseSupporter($token: String!) {\n    eraseSupporterData(token: $token)\n  }\n"): typeof import('./graphql').WebhooksEraseSupporterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksOfOrganisation($id: ID!, $first: Int) {\n    organisation(id: $id) {\n      webhooks {\n        id\n        url\n        enabled\n        events\n        deliveries(first: $first) {\n          id\n          event\n          status\n          attempts\n          lastStatusCode\n          nextAttemptAt\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebhooksOfOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksWithdraw($input: WithdrawInput!) {\n    withdrawEndorsement(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WebhooksWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksClose($letterId: ID!) {\n    closeLetter(letterId: $letterId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WebhooksCloseDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
