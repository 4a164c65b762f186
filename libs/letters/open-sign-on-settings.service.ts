import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, invalidState, type Actor } from '@undersigned/common';
import { LetterStatus, LetterVisibility } from './letter-status';
import { Letter } from './letter.entity';
import { LetterPolicy } from './letter.policy';

/**
 * Whether a PUBLIC letter takes signatures by open sign-on (contract stage 7): its leads' OWNERs and
 * COORDINATORs switch it on and off while it is a DRAFT or OPEN. The requests and their
 * confirmation belong to endorsements (OpenSignOnService).
 */
@Injectable()
export class OpenSignOnSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: LetterPolicy,
  ) {}

  /** Sets open sign-on; an omitted `autoApproveVerified` keeps what it was. */
  async set(actor: Actor, letterId: string, open: boolean, autoApproveVerified?: boolean | null): Promise<Letter> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await this.policy.requireLead(manager, actor, letterId);
      await this.policy.requireActingLead(manager, actor, letter.id);
      // As for a petition (setPetitionSettings): a PRIVATE letter is signed by invitation only.
      if (open && letter.visibility !== LetterVisibility.PUBLIC) {
        throw badInput('Only a PUBLIC letter can take signatures by open sign-on');
      }
      if (letter.status !== LetterStatus.DRAFT && letter.status !== LetterStatus.OPEN) {
        throw invalidState('Open sign-on can change only while the letter is a DRAFT or OPEN');
      }
      letter.openSignOn = open;
      if (autoApproveVerified != null) letter.autoApproveVerified = autoApproveVerified;
      await manager.update(
        Letter,
        { id: letter.id },
        {
          openSignOn: letter.openSignOn,
          autoApproveVerified: letter.autoApproveVerified,
        },
      );
      return letter;
    });
  }
}
