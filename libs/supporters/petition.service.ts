import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isIP } from 'node:net';
import { DataSource, In, type EntityManager } from 'typeorm';
import { badInput, invalidState, type Actor } from '@undersigned/common';
import {
  Letter,
  LetterPolicy,
  LetterStatus,
  LetterVisibility,
  TimelineKind,
  TimelineService,
} from '@undersigned/letters';
import { canonicalDomain } from './canonical-email';
import { ConsentText } from './consent-text.entity';
import type { PetitionSettingsInput } from './dto/petition.inputs';
import { nextGoal } from './goal';
import { PetitionSettings } from './petition-settings.entity';
import { SupporterNames } from './signature-status';
import { SupporterCountsService } from './supporter-counts.service';

export interface Petition {
  settings: PetitionSettings;
  consentText: string | null;
}

/** A letter's petition settings, and the goal that rises as supporters reach it. */
@Injectable()
export class PetitionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: LetterPolicy,
    private readonly timeline: TimelineService,
    private readonly supporterCounts: SupporterCountsService,
  ) {}

  async set(actor: Actor, input: PetitionSettingsInput): Promise<Letter> {
    const blockedIpRanges = (input.blockedIpRanges ?? []).map((range) => ipRange('blockedIpRanges', range));
    const letter = await this.dataSource.transaction(async (manager) => {
      const letter = await this.policy.requireLead(manager, actor, input.letterId);
      if (letter.status !== LetterStatus.DRAFT && letter.status !== LetterStatus.OPEN) {
        throw invalidState('Petition settings can change only while the letter is a DRAFT or OPEN');
      }
      if (input.acceptSupporters && letter.visibility !== LetterVisibility.PUBLIC) {
        throw badInput('Only a PUBLIC letter can collect supporters');
      }
      const existing = await manager.findOne(PetitionSettings, {
        where: { letterId: letter.id },
        lock: { mode: 'pessimistic_write' },
      });
      const goal = input.goal ?? null;
      const settings = manager.create(PetitionSettings, {
        ...existing,
        letterId: letter.id,
        acceptSupporters: input.acceptSupporters,
        goal,
        currentGoal: goal === existing?.goal && existing?.currentGoal ? existing.currentGoal : goal,
        raiseGoalWhenReached: input.raiseGoalWhenReached ?? false,
        minimumAge: input.minimumAge ?? null,
        askPostcode: input.askPostcode ?? false,
        supporterNames: input.supporterNames ?? SupporterNames.COUNT_ONLY,
        blockedEmailDomains: [...new Set((input.blockedEmailDomains ?? []).map(canonicalDomain))],
        blockedIpRanges,
        consentVersion: await this.consentVersion(
          manager,
          letter.id,
          existing?.consentVersion ?? null,
          input.consentText,
        ),
      });
      await manager.save(settings);
      return letter;
    });
    // A goal set at or below the count already folded is reached now, not at the next signature.
    await this.checkGoal(letter.id, (await this.supporterCounts.totals([letter.id])).get(letter.id) ?? 0);
    return letter;
  }

  /** The version of `text`: the current one if unchanged, a new one otherwise; null for none. */
  private async consentVersion(
    manager: EntityManager,
    letterId: string,
    current: number | null,
    text: string | null | undefined,
  ): Promise<number | null> {
    if (!text) return null;
    if (current !== null) {
      const shown = await manager.findOneBy(ConsentText, { letterId, version: current });
      if (shown?.text === text) return current;
    }
    const [{ next }] = (await manager.query(
      'SELECT coalesce(max(version), 0) + 1 AS next FROM petition_consent_texts WHERE letter_id = $1',
      [letterId],
    )) as { next: number }[];
    await manager.insert(ConsentText, { letterId, version: next, text });
    return next;
  }

  async forLetters(letterIds: readonly string[]): Promise<(Petition | null)[]> {
    const settings = await this.dataSource.getRepository(PetitionSettings).findBy({ letterId: In([...letterIds]) });
    const texts = await this.dataSource.getRepository(ConsentText).find({
      where: settings
        .filter((s) => s.consentVersion !== null)
        .map((s) => ({ letterId: s.letterId, version: s.consentVersion as number })),
    });
    const textOf = new Map(texts.map((t) => [`${t.letterId}:${t.version}`, t.text]));
    const byLetter = new Map(settings.map((s) => [s.letterId, s]));
    return letterIds.map((id) => {
      const found = byLetter.get(id);
      return found ? { settings: found, consentText: textOf.get(`${id}:${found.consentVersion}`) ?? null } : null;
    });
  }

  /**
   * The petition as a signature finds it, read without a lock: thousands sign at once, and a
   * shared lock on one hot row would cost more than a settings change racing a signature.
   */
  async forSigning(manager: EntityManager, letterId: string): Promise<Petition | null> {
    const settings = await manager.findOneBy(PetitionSettings, { letterId });
    if (!settings) return null;
    const text = settings.consentVersion
      ? await manager.findOneBy(ConsentText, { letterId, version: settings.consentVersion })
      : null;
    return { settings, consentText: text?.text ?? null };
  }

  /**
   * Records the goal reached (and the next one set, when the leads asked for that) for a folded
   * count, once per goal: the settings row is locked, so two folds never both raise it.
   */
  async checkGoal(letterId: string, count: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const settings = await manager.findOne(PetitionSettings, {
        where: { letterId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!settings?.currentGoal || count < settings.currentGoal) return;
      let goal = settings.currentGoal;
      while (count >= goal) {
        await this.timeline.add(manager, letterId, {
          kind: TimelineKind.GOAL_REACHED,
          title: `Goal of ${goal.toLocaleString('en-GB')} supporters reached`,
          onceKey: `goal-reached:${goal}`,
        });
        if (!settings.raiseGoalWhenReached) return;
        goal = nextGoal(goal);
        await this.timeline.add(manager, letterId, {
          kind: TimelineKind.GOAL_RAISED,
          title: `New goal: ${goal.toLocaleString('en-GB')} supporters`,
          onceKey: `goal-raised:${goal}`,
        });
      }
      await manager.update(PetitionSettings, { letterId }, { currentGoal: goal });
    });
  }
}

/** An address or network (`10.1.2.0/24`) as PostgreSQL's inet takes it; BAD_USER_INPUT naming `field` otherwise. */
export function ipRange(field: string, value: string): string {
  const [address, bits, extra] = value.trim().split('/');
  const family = isIP(address ?? '');
  const max = family === 4 ? 32 : 128;
  if (!family || extra !== undefined || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= max))) {
    throw badInput(`${field}: "${value}" is not an IP address or network`);
  }
  return bits === undefined ? address : `${address}/${bits}`;
}
