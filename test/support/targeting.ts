import { CONFIRM, setPetition, signAs } from './petitions';
import { openLetter, type OrganisationOwner } from './factories';
import { tokenFrom, type ReceivedMail, type SmtpSink } from './smtp-sink';
import type { TestApp } from './test-app';
import { graphql } from '../gql';

export const SET_TARGETING = graphql(`
  mutation SetTargeting($input: TargetingInput!) {
    setTargeting(input: $input) {
      id
      targeting {
        mode
        areaType
        perTargetPerHour
      }
    }
  }
`);

export interface Supporter {
  name: string;
  email: string;
  postcode: string;
}

/** Letters, supporters and their messages to representatives, for the targeting tests. */
export class TargetingHelpers {
  private run = 0;

  constructor(
    private readonly app: () => TestApp,
    private readonly smtp: () => SmtpSink,
    private readonly lead: () => OrganisationOwner,
  ) {}

  /** A PUBLIC OPEN petition asking for postcodes, whose supporters write to their MP (unless `targeting` is false). */
  async targetedLetter(title: string, perTargetPerHour?: number, targeting = true): Promise<string> {
    const app = this.app();
    const letter = await openLetter(app, this.lead(), {
      title,
      body: `Dear Member of Parliament,\n\n${title}: please act.`,
    });
    await setPetition(app, this.lead(), { letterId: letter.letterId, acceptSupporters: true, askPostcode: true });
    if (targeting) await this.setTargeting(letter.letterId, perTargetPerHour);
    return letter.letterId;
  }

  async setTargeting(letterId: string, perTargetPerHour?: number): Promise<void> {
    const set = await this.app().gql(
      SET_TARGETING,
      { input: { letterId, mode: 'OWN_REPRESENTATIVE', areaType: 'WMC', perTargetPerHour } },
      this.lead().token,
    );
    if (set.body.errors) throw new Error(`setTargeting failed: ${set.text}`);
    expect(set.body.data?.setTargeting.targeting).toEqual({
      mode: 'OWN_REPRESENTATIVE',
      areaType: 'WMC',
      perTargetPerHour: perTargetPerHour ?? 30,
    });
  }

  supporters(count: number, postcodes: string[]): Supporter[] {
    this.run += 1;
    return Array.from({ length: count }, (_, i) => ({
      name: `Constituent ${this.run}-${i}`,
      email: `constituent.${this.run}.${i}.${process.pid}@example.org`,
      postcode: postcodes[i % postcodes.length],
    }));
  }

  async sign(letterId: string, people: Supporter[]): Promise<void> {
    for (const person of people) {
      const signed = await signAs(this.app(), letterId, {
        name: person.name,
        email: person.email,
        postcode: person.postcode,
      });
      expect(signed.body.data?.signPetition).toBe(true);
    }
  }

  /** Confirms by the mailed link, as a member of the public does. */
  async confirm(people: Supporter[]): Promise<void> {
    for (const person of people) {
      const mail = await this.smtp().waitFor(person.email, (m) => m.parsed.subject?.startsWith('Confirm') ?? false);
      const confirmed = await this.app().gql(CONFIRM, {
        token: tokenFrom(mail),
      });
      expect(confirmed.body.data?.confirmSignature.status).toBe('CONFIRMED');
    }
  }

  async signAndConfirm(letterId: string, people: Supporter[]): Promise<void> {
    await this.sign(letterId, people);
    await this.confirm(people);
  }

  toTarget(address: string, subject: string): ReceivedMail[] {
    return this.smtp().messages.filter((m) => m.to.includes(address) && m.parsed.subject === subject);
  }

  /** How many messages to representatives the letter has, in any status. */
  async queued(letterId: string): Promise<number> {
    const { rows } = await this.app().sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM target_messages WHERE letter_id = $1',
      [letterId],
    );
    return rows[0].n;
  }
}
