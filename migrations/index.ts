import { ApiKeys1796482865971 } from './1796482865971-ApiKeys';
import { LetterPublishAt1796482883229 } from './1796482883229-LetterPublishAt';
import { Webhooks1796482974595 } from './1796482974595-Webhooks';
import { Passkeys1796483439535 } from './1796483439535-Passkeys';
import { MailLanguages1796479821988 } from './1796479821988-MailLanguages';
import { TranslationPdfsStoredOnce1796481000000 } from './1796481000000-TranslationPdfsStoredOnce';
import { TranslationPdfs1796474977377 } from './1796474977377-TranslationPdfs';
import { DrawnAsWritten1796475627878 } from './1796475627878-DrawnAsWritten';
import { OpenSignOn1796472495493 } from './1796472495493-OpenSignOn';
import { LetterTranslations1796473467701 } from './1796473467701-LetterTranslations';
import { GuestSigning1796462808023 } from './1796462808023-GuestSigning';
import { MailRelayLimits1796443731592 } from './1796443731592-MailRelayLimits';
import { InvitationLimits1796439699073 } from './1796439699073-InvitationLimits';
import { MinorEditObjections1796439377509 } from './1796439377509-MinorEditObjections';
import { HoldUnapprovedDisplayNames1796438941469 } from './1796438941469-HoldUnapprovedDisplayNames';
import { DisplayNameApproval1796438941468 } from './1796438941468-DisplayNameApproval';
import { SigningKeys1796438663351 } from './1796438663351-SigningKeys';
import { SupportersBoundToTheText1796438565838 } from './1796438565838-SupportersBoundToTheText';
import { SignatureNeedsReconfirmation1796438565837 } from './1796438565837-SignatureNeedsReconfirmation';
import { AccountRecovery1796438556361 } from './1796438556361-AccountRecovery';
import { SessionMethods1796438508524 } from './1796438508524-SessionMethods';
import { TargetMessageVersion1795339264674 } from './1795339264674-TargetMessageVersion';
import { TargetRates1795338732940 } from './1795338732940-TargetRates';
import { ErasableEmailDomain1795336949307 } from './1795336949307-ErasableEmailDomain';
import { Targeting1795335648718 } from './1795335648718-Targeting';
import { Representatives1795334713504 } from './1795334713504-Representatives';
import { PetitionMode1795334369496 } from './1795334369496-PetitionMode';
import { RejectedAtCheck1795330724491 } from './1795330724491-RejectedAtCheck';
import { TwoFactor1795327837587 } from './1795327837587-TwoFactor';
import { EditionVerification1795327752760 } from './1795327752760-EditionVerification';
import { DeliveryRetries1795325892584 } from './1795325892584-DeliveryRetries';
import { RateLimitCounters1795324737797 } from './1795324737797-RateLimitCounters';
import { TrustSigning1795324493608 } from './1795324493608-TrustSigning';
import { MembershipInvitationRevocation1795324300970 } from './1795324300970-MembershipInvitationRevocation';
import { ContextForeignKeys1795324237712 } from './1795324237712-ContextForeignKeys';
import { Deliveries1795295913207 } from './1795295913207-Deliveries';
import { Endorsements1795293960402 } from './1795293960402-Endorsements';
import { Letters1795293431150 } from './1795293431150-Letters';
import { Initial1795290143534 } from './1795290143534-Initial';
// The migrations, oldest first. `npm run migration:generate -- Name` adds new ones here.
export const MIGRATIONS: Function[] = [
  Initial1795290143534,
  Letters1795293431150,
  Endorsements1795293960402,
  Deliveries1795295913207,
  ContextForeignKeys1795324237712,
  MembershipInvitationRevocation1795324300970,
  TrustSigning1795324493608,
  RateLimitCounters1795324737797,
  DeliveryRetries1795325892584,
  EditionVerification1795327752760,
  TwoFactor1795327837587,
  RejectedAtCheck1795330724491,
  PetitionMode1795334369496,
  Representatives1795334713504,
  Targeting1795335648718,
  ErasableEmailDomain1795336949307,
  TargetRates1795338732940,
  TargetMessageVersion1795339264674,
  SessionMethods1796438508524,
  AccountRecovery1796438556361,
  SignatureNeedsReconfirmation1796438565837,
  SupportersBoundToTheText1796438565838,
  SigningKeys1796438663351,
  DisplayNameApproval1796438941468,
  HoldUnapprovedDisplayNames1796438941469,
  MinorEditObjections1796439377509,
  InvitationLimits1796439699073,
  MailRelayLimits1796443731592,
  GuestSigning1796462808023,
  OpenSignOn1796472495493,
  LetterTranslations1796473467701,
  TranslationPdfs1796474977377,
  DrawnAsWritten1796475627878,
  MailLanguages1796479821988,
  TranslationPdfsStoredOnce1796481000000,
  ApiKeys1796482865971,
  LetterPublishAt1796482883229,
  Webhooks1796482974595,
  Passkeys1796483439535,
];
