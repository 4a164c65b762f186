import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { approvedSql, unnamedSignatory } from './unnamed-signatories';
import type { LetterCountsObject } from './dto/endorsement.objects';

interface CountsRow {
  letter_id: string;
  signed: number;
  anonymous: number;
  needs_reconfirmation: number;
  withdrawn: number;
  declined: number;
  invited: number;
}

/** A letter's supporters, from petition mode (libs/supporters), which comes later. */
export interface SupporterTally {
  /** Folded: confirmed supporters of the current text. */
  supporters: number;
  /** Supporters of an earlier text, waiting to confirm it again after a material revision. */
  awaitingReconfirmation: number;
}

export type SupporterTotals = (letterIds: readonly string[]) => Promise<Map<string, SupporterTally>>;

/** The numbers of a letter: totals only, so they never say who is unnamed. */
@Injectable()
export class CountsService {
  private supporterTotals: SupporterTotals = () => Promise.resolve(new Map());

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Lets petition mode add its supporters without endorsements depending on it. */
  countSupportersWith(totals: SupporterTotals): void {
    this.supporterTotals = totals;
  }

  async forLetters(letterIds: readonly string[]): Promise<LetterCountsObject[]> {
    const rows: CountsRow[] = await this.dataSource.query(
      `SELECT l.id AS letter_id,
         (SELECT count(*) FROM endorsements e WHERE e.letter_id = l.id AND e.status = 'SIGNED')::int AS signed,
         (SELECT count(*) FROM endorsements e WHERE e.letter_id = l.id AND ${unnamedSignatory('e')})::int AS anonymous,
         (SELECT count(*) FROM endorsements e WHERE e.letter_id = l.id AND e.status = 'NEEDS_RECONFIRMATION' AND ${approvedSql('e')})::int AS needs_reconfirmation,
         (SELECT count(*) FROM endorsements e WHERE e.letter_id = l.id AND e.status = 'WITHDRAWN' AND ${approvedSql('e')})::int AS withdrawn,
         (SELECT count(*) FROM letter_invitations i WHERE i.letter_id = l.id AND i.status = 'DECLINED')::int AS declined,
         (SELECT count(*) FROM letter_invitations i WHERE i.letter_id = l.id)::int AS invited
       FROM letters l WHERE l.id = ANY($1::uuid[])`,
      [letterIds],
    );
    const supporters = await this.supporterTotals(letterIds);
    const byId = new Map(rows.map((row) => [row.letter_id, row]));
    return letterIds.map((id) => {
      const row = byId.get(id);
      return {
        signed: row?.signed ?? 0,
        anonymous: row?.anonymous ?? 0,
        needsReconfirmation: row?.needs_reconfirmation ?? 0,
        withdrawn: row?.withdrawn ?? 0,
        declined: row?.declined ?? 0,
        invited: row?.invited ?? 0,
        supporters: supporters.get(id)?.supporters ?? 0,
        supportersAwaitingReconfirmation: supporters.get(id)?.awaitingReconfirmation ?? 0,
      };
    });
  }
}
