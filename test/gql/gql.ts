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
    "\n  mutation DeliverLetter($id: ID!) {\n    deliverLetter(letterId: $id) {\n      id\n      status\n      channel\n      recipient {\n        name\n      }\n    }\n  }\n": typeof types.DeliverLetterDocument,
    "\n  query LetterDeliveriesTimeline($id: ID!) {\n    letter(id: $id) {\n      status\n      deliveries {\n        id\n        status\n        attempts\n        lastError\n        messageId\n        channel\n        recipient {\n          name\n          email\n        }\n        events {\n          status\n          note\n        }\n        response\n      }\n      timeline {\n        kind\n        title\n      }\n    }\n  }\n": typeof types.LetterDeliveriesTimelineDocument,
    "\n      mutation RemoveRecipient($id: ID!) {\n        removeRecipient(recipientId: $id)\n      }\n    ": typeof types.RemoveRecipientDocument,
    "\n      mutation RecordDeliveryEvent($input: DeliveryEventInput!) {\n        recordDeliveryEvent(input: $input) {\n          status\n          events {\n            status\n            note\n          }\n        }\n      }\n    ": typeof types.RecordDeliveryEventDocument,
    "\n        mutation RecordResponse($input: ResponseInput!) {\n          recordResponse(input: $input) {\n            status\n            response\n          }\n        }\n      ": typeof types.RecordResponseDocument,
    "\n          subscription DeliveryChanged($id: ID!) {\n            deliveryChanged(letterId: $id) {\n              status\n              recipient {\n                name\n              }\n            }\n          }\n        ": typeof types.DeliveryChangedDocument,
    "\n  query LetterSupportersByArea($id: ID!) {\n    letter(id: $id) {\n      supportersByArea {\n        areaCode\n        areaName\n        count\n      }\n    }\n  }\n": typeof types.LetterSupportersByAreaDocument,
    "\n  mutation WithdrawSignature($t: String!) {\n    withdrawSignature(token: $t)\n  }\n": typeof types.WithdrawSignatureDocument,
    "\n  query LetterTargetDeliveries($id: ID!) {\n    letter(id: $id) {\n      targetDeliveries {\n        target {\n          name\n          email\n          area {\n            code\n            name\n          }\n        }\n        constituents\n        pending\n        sending\n        sent\n        failed\n        attempts\n        addressFailedAt\n        lastError\n      }\n    }\n  }\n": typeof types.LetterTargetDeliveriesDocument,
    "\n  mutation SignByInvitationInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": typeof types.SignByInvitationInviteDocument,
    "\n  mutation SignByInvitationSign($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedBy\n      organisation {\n        id\n        name\n        verifiedDomain\n      }\n    }\n  }\n": typeof types.SignByInvitationSignDocument,
    "\n  query SignByInvitationByLink($token: String!) {\n    endorsementByLink(token: $token) {\n      id\n      status\n      contentHash\n      anonymous\n      signerName\n      signedBy\n      letter {\n        id\n        title\n        currentVersion {\n          contentHash\n          body\n        }\n      }\n    }\n  }\n": typeof types.SignByInvitationByLinkDocument,
    "\n  mutation SignByInvitationReconfirm($token: String!, $contentHash: String!, $anonymous: Boolean) {\n    reconfirmByLink(token: $token, contentHash: $contentHash, anonymous: $anonymous) {\n      id\n      status\n      contentHash\n      anonymous\n    }\n  }\n": typeof types.SignByInvitationReconfirmDocument,
    "\n  mutation SignByInvitationWithdraw($token: String!, $reason: String) {\n    withdrawByLink(token: $token, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.SignByInvitationWithdrawDocument,
    "\n  query SignByInvitationSignatories($id: ID!) {\n    letter(id: $id) {\n      signatories(first: 50) {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            verified\n            contentHash\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SignByInvitationSignatoriesDocument,
    "\n  query SignByInvitationLeadView($id: ID!) {\n    letter(id: $id) {\n      endorsements(first: 50) {\n        edges {\n          node {\n            id\n            status\n            signedBy\n            signerName\n          }\n        }\n      }\n    }\n  }\n": typeof types.SignByInvitationLeadViewDocument,
    "\n  mutation SignByInvitationSignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": typeof types.SignByInvitationSignUpDocument,
    "\n  mutation SignByInvitationVerify($token: String!) {\n    verifyEmail(token: $token) {\n      emailVerified\n    }\n  }\n": typeof types.SignByInvitationVerifyDocument,
    "\n  mutation SignByInvitationLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.SignByInvitationLogInDocument,
    "\n  query SignByInvitationMyMemberships {\n    me {\n      memberships {\n        role\n        organisation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SignByInvitationMyMembershipsDocument,
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
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation Reauthenticate($password: String, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ReauthenticateDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      current\n    }\n  }\n": typeof types.SessionsDocument,
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
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      requireTwoFactor\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  query SessionDevices {\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      current\n    }\n  }\n": typeof types.SessionDevicesDocument,
    "\n      mutation SetOrganisationSecurity($id: ID!, $on: Boolean!) {\n        setOrganisationSecurity(organisationId: $id, requireTwoFactor: $on) {\n          id\n          requireTwoFactor\n        }\n      }\n    ": typeof types.SetOrganisationSecurityDocument,
};
const documents: Documents = {
    "\n  mutation DeliverLetter($id: ID!) {\n    deliverLetter(letterId: $id) {\n      id\n      status\n      channel\n      recipient {\n        name\n      }\n    }\n  }\n": types.DeliverLetterDocument,
    "\n  query LetterDeliveriesTimeline($id: ID!) {\n    letter(id: $id) {\n      status\n      deliveries {\n        id\n        status\n        attempts\n        lastError\n        messageId\n        channel\n        recipient {\n          name\n          email\n        }\n        events {\n          status\n          note\n        }\n        response\n      }\n      timeline {\n        kind\n        title\n      }\n    }\n  }\n": types.LetterDeliveriesTimelineDocument,
    "\n      mutation RemoveRecipient($id: ID!) {\n        removeRecipient(recipientId: $id)\n      }\n    ": types.RemoveRecipientDocument,
    "\n      mutation RecordDeliveryEvent($input: DeliveryEventInput!) {\n        recordDeliveryEvent(input: $input) {\n          status\n          events {\n            status\n            note\n          }\n        }\n      }\n    ": types.RecordDeliveryEventDocument,
    "\n        mutation RecordResponse($input: ResponseInput!) {\n          recordResponse(input: $input) {\n            status\n            response\n          }\n        }\n      ": types.RecordResponseDocument,
    "\n          subscription DeliveryChanged($id: ID!) {\n            deliveryChanged(letterId: $id) {\n              status\n              recipient {\n                name\n              }\n            }\n          }\n        ": types.DeliveryChangedDocument,
    "\n  query LetterSupportersByArea($id: ID!) {\n    letter(id: $id) {\n      supportersByArea {\n        areaCode\n        areaName\n        count\n      }\n    }\n  }\n": types.LetterSupportersByAreaDocument,
    "\n  mutation WithdrawSignature($t: String!) {\n    withdrawSignature(token: $t)\n  }\n": types.WithdrawSignatureDocument,
    "\n  query LetterTargetDeliveries($id: ID!) {\n    letter(id: $id) {\n      targetDeliveries {\n        target {\n          name\n          email\n          area {\n            code\n            name\n          }\n        }\n        constituents\n        pending\n        sending\n        sent\n        failed\n        attempts\n        addressFailedAt\n        lastError\n      }\n    }\n  }\n": types.LetterTargetDeliveriesDocument,
    "\n  mutation SignByInvitationInvite($input: InviteEndorsersInput!) {\n    inviteEndorsers(input: $input) {\n      id\n    }\n  }\n": types.SignByInvitationInviteDocument,
    "\n  mutation SignByInvitationSign($input: SignByInvitationInput!) {\n    signByInvitation(input: $input) {\n      id\n      status\n      contentHash\n      displayName\n      anonymous\n      signedBy\n      organisation {\n        id\n        name\n        verifiedDomain\n      }\n    }\n  }\n": types.SignByInvitationSignDocument,
    "\n  query SignByInvitationByLink($token: String!) {\n    endorsementByLink(token: $token) {\n      id\n      status\n      contentHash\n      anonymous\n      signerName\n      signedBy\n      letter {\n        id\n        title\n        currentVersion {\n          contentHash\n          body\n        }\n      }\n    }\n  }\n": types.SignByInvitationByLinkDocument,
    "\n  mutation SignByInvitationReconfirm($token: String!, $contentHash: String!, $anonymous: Boolean) {\n    reconfirmByLink(token: $token, contentHash: $contentHash, anonymous: $anonymous) {\n      id\n      status\n      contentHash\n      anonymous\n    }\n  }\n": types.SignByInvitationReconfirmDocument,
    "\n  mutation SignByInvitationWithdraw($token: String!, $reason: String) {\n    withdrawByLink(token: $token, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.SignByInvitationWithdrawDocument,
    "\n  query SignByInvitationSignatories($id: ID!) {\n    letter(id: $id) {\n      signatories(first: 50) {\n        totalCount\n        anonymousCount\n        edges {\n          node {\n            displayName\n            verified\n            contentHash\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SignByInvitationSignatoriesDocument,
    "\n  query SignByInvitationLeadView($id: ID!) {\n    letter(id: $id) {\n      endorsements(first: 50) {\n        edges {\n          node {\n            id\n            status\n            signedBy\n            signerName\n          }\n        }\n      }\n    }\n  }\n": types.SignByInvitationLeadViewDocument,
    "\n  mutation SignByInvitationSignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": types.SignByInvitationSignUpDocument,
    "\n  mutation SignByInvitationVerify($token: String!) {\n    verifyEmail(token: $token) {\n      emailVerified\n    }\n  }\n": types.SignByInvitationVerifyDocument,
    "\n  mutation SignByInvitationLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      accessToken\n    }\n  }\n": types.SignByInvitationLogInDocument,
    "\n  query SignByInvitationMyMemberships {\n    me {\n      memberships {\n        role\n        organisation {\n          id\n        }\n      }\n    }\n  }\n": types.SignByInvitationMyMembershipsDocument,
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
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation Reauthenticate($password: String, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n": types.ReauthenticateDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      current\n    }\n  }\n": types.SessionsDocument,
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
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      requireTwoFactor\n    }\n  }\n": types.OrganisationDocument,
    "\n  query SessionDevices {\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      current\n    }\n  }\n": types.SessionDevicesDocument,
    "\n      mutation SetOrganisationSecurity($id: ID!, $on: Boolean!) {\n        setOrganisationSecurity(organisationId: $id, requireTwoFactor: $on) {\n          id\n          requireTwoFactor\n        }\n      }\n    ": types.SetOrganisationSecurityDocument,
};

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
export function graphql(source: "\n  query SignByInvitationMyMemberships {\n    me {\n      memberships {\n        role\n        organisation {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignByInvitationMyMembershipsDocument;
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
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
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
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      requireTwoFactor\n    }\n  }\n"): typeof import('./graphql').OrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionDevices {\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      current\n    }\n  }\n"): typeof import('./graphql').SessionDevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SetOrganisationSecurity($id: ID!, $on: Boolean!) {\n        setOrganisationSecurity(organisationId: $id, requireTwoFactor: $on) {\n          id\n          requireTwoFactor\n        }\n      }\n    "): typeof import('./graphql').SetOrganisationSecurityDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
