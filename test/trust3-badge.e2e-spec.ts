import request from 'supertest';
import { Browsers } from './support/browser';
import { SmtpSink } from './support/smtp-sink';
import { fetchPdf, pdfReadingText } from './support/pdf-reading';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import {
  addRecipient,
  createOrganisation,
  deliverLetter,
  ENDORSE_LETTER,
  endorseAs,
  endorseInput,
  memberOf,
  openLetter,
  organisationWithOwner,
  reviseLetter,
  signUp,
  type EndorseResult,
  type OpenLetter,
  type OrganisationOwner,
  type TestUser,
} from './support/factories';
import { graphql } from './gql';
import type { EndorseInput } from './gql/graphql';

// Issue 18, defect 6: anyone could verify their own domain, then sign a PUBLIC letter with
// `displayName: "World Uyghur Congress"` and show `verified: true` under that name — in the
// delivered edition and its hash too.

const REAL_NAME = 'World Uyghur Congress';

const SIGNATORIES = graphql(`
  query Trust3BadgeSignatories($id: ID!) {
    letter(id: $id) {
      counts {
        signed
      }
      signatories {
        edges {
          node {
            displayName
            verified
            verifiedDomain
          }
        }
      }
    }
  }
`);
const ENDORSEMENTS = graphql(`
  query Trust3BadgeEndorsements($id: ID!) {
    letter(id: $id) {
      endorsements {
        edges {
          node {
            id
            status
            displayName
            organisation {
              name
              verifiedDomain
            }
          }
        }
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation Trust3BadgeApprove($id: ID!) {
    approveEndorsement(endorsementId: $id) {
      id
      status
      displayName
    }
  }
`);
const VERIFY_DOMAIN = graphql(`
  mutation Trust3BadgeVerifyDomain($id: ID!) {
    verifyOrganisationDomain(organisationId: $id) {
      verifiedDomain
    }
  }
`);
const EDITION = graphql(`
  query Trust3BadgeEdition($id: ID!) {
    letter(id: $id) {
      edition {
        id
        signatories {
          displayName
          verified
          verifiedDomain
        }
      }
    }
  }
`);
const CREATE_ORG = graphql(`
  mutation Trust3BadgeCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`);
const ADD_CO_LEAD = graphql(`
  mutation Trust3BadgeAddCoLead($input: AddCoLeadInput!) {
    addCoLead(input: $input) {
      id
    }
  }
`);
const ACCEPT_CO_LEAD = graphql(`
  mutation Trust3BadgeAcceptCoLead($l: ID!, $o: ID!) {
    acceptCoLead(letterId: $l, organisationId: $o) {
      id
    }
  }
`);

describe('trust 3, defect 6: a verified badge names its domain and its organisation', () => {
  const smtp = new SmtpSink();
  let app: TestApp;
  let lead: OrganisationOwner;
  let run = 0;

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://undersigned.example', WORKER: 'on' });
    lead = await organisationWithOwner(app, { name: 'Badge Lead Coalition' });
  });

  const browsers = new Browsers(() => app.url);

  afterAll(async () => {
    await browsers.close();
    await app?.close();
    await smtp.stop();
  });

  /** An organisation whose OWNER has a verified address at its website's domain, and verified it. */
  async function verifiedOrganisation(name: string, domain: string): Promise<{ user: TestUser; id: string }> {
    run += 1;
    const user = await signUp(app, `Owner of ${name}`, `owner.${process.pid}.${run}@${domain}`);
    const organisation = await createOrganisation(app, user, { name, website: `https://www.${domain}/` });
    const verified = await app.gql(VERIFY_DOMAIN, { id: organisation.id }, user.accessToken);
    expect(verified.body.data).toEqual({ verifyOrganisationDomain: { verifiedDomain: domain } });
    return { user, id: organisation.id };
  }

  const endorseAsOther = (
    signer: { user: TestUser; id: string },
    letter: OpenLetter,
    extra: Partial<EndorseInput> = {},
  ): Promise<EndorseResult> =>
    endorseAs(app, { user: signer.user, org: { id: signer.id } }, letter.letterId, letter.contentHash, extra);

  it('holds a display name other than the organisation’s own for the leads’ approval, showing them the real name', async () => {
    const letter = await openLetter(app, lead, { visibility: 'PUBLIC' });
    const attacker = await verifiedOrganisation('Small Blog', `blog-${process.pid}.example`);
    const endorsement = await endorseAsOther(attacker, letter, { displayName: REAL_NAME });
    expect(endorsement.status).toBe('PENDING_APPROVAL');

    // Not listed, not counted, for anyone, while it waits.
    const waiting = await app.gql(SIGNATORIES, { id: letter.letterId });
    expect(waiting.body.data?.letter?.counts.signed).toBe(0);
    expect(waiting.text).not.toContain(REAL_NAME);
    const csv = await request(app.url).get(`/letters/${letter.slug}/signatories.csv`);
    expect(csv.status).toBe(200);
    expect(csv.text).not.toContain(REAL_NAME);

    // The leads see the organisation's real name and domain beside the name it asked for.
    const seen = await app.gql(ENDORSEMENTS, { id: letter.letterId }, lead.token);
    expect(seen.body.data?.letter?.endorsements.edges.map((e) => e.node)).toEqual([
      {
        id: endorsement.id,
        status: 'PENDING_APPROVAL',
        displayName: REAL_NAME,
        organisation: { name: 'Small Blog', verifiedDomain: `blog-${process.pid}.example` },
      },
    ]);
    // The signer is told it waits.
    await smtp.waitFor(attacker.user.email, (m) => /approval/i.test(m.parsed.subject ?? ''));

    // Only the leads' OWNER or COORDINATOR approves; the signer cannot approve itself.
    expect(errorCode(await app.gql(APPROVE, { id: endorsement.id }, attacker.user.accessToken))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(APPROVE, { id: endorsement.id }))).toBe('UNAUTHENTICATED');

    // Signing again (the same hash, the same name) does not slip past the approval.
    const again = await endorseAsOther(attacker, letter, { displayName: REAL_NAME, anonymous: false });
    expect(again.status).toBe('PENDING_APPROVAL');

    // Rejecting stays possible; approving lists it, with the domain the badge stands for.
    const approved = await app.gql(APPROVE, { id: endorsement.id }, lead.token);
    expect(approved.body.data?.approveEndorsement.status).toBe('SIGNED');
    const listed = await app.gql(SIGNATORIES, { id: letter.letterId });
    expect(listed.body.data?.letter?.counts.signed).toBe(1);
    expect(listed.body.data?.letter?.signatories.edges.map((e) => e.node)).toEqual([
      { displayName: REAL_NAME, verified: true, verifiedDomain: `blog-${process.pid}.example` },
    ]);
    await smtp.waitFor(attacker.user.email, (m) => /approved/i.test(m.parsed.subject ?? ''));
    const audit = await app.sql.query(
      `SELECT kind FROM audit_events WHERE letter_id = $1 AND kind = 'DISPLAY_NAME_APPROVED'`,
      [letter.letterId],
    );
    expect(audit.rowCount).toBe(1);
    // Approving twice changes nothing; there is nothing waiting any more.
    const twice = await app.gql(APPROVE, { id: endorsement.id }, lead.token);
    expect(errorCode(twice)).toBe('INVALID_STATE');
  });

  it('signs at once under the organisation’s own name, and names the domain on the page, the CSV, the edition, /verify and the PDF', async () => {
    const letter = await openLetter(app, lead, { visibility: 'PUBLIC' });
    const domain = `own-${process.pid}.example`;
    const signer = await verifiedOrganisation('Own Name Alliance', domain);
    const endorsement = await endorseAsOther(signer, letter);
    expect(endorsement.status).toBe('SIGNED');
    const listed = await app.gql(SIGNATORIES, { id: letter.letterId });
    expect(listed.body.data?.letter?.signatories.edges.map((e) => e.node)).toEqual([
      { displayName: 'Own Name Alliance', verified: true, verifiedDomain: domain },
    ]);
    const csv = await request(app.url).get(`/letters/${letter.slug}/signatories.csv`);
    expect(csv.text.split('\n')[0]).toMatch(/verified_domain/);
    expect(csv.text).toContain(domain);
    // The public page (the web app, in a browser) shows the badge with its domain.
    const page = await browsers.page();
    await page.goto(`/l/${letter.slug}`);
    await page.getByText(`verified: ${domain}`).waitFor();

    await addRecipient(app, lead, letter.letterId, { name: 'Jane Doe', role: 'TO', channel: 'HAND' });
    await deliverLetter(app, lead, letter.letterId);
    const edition = await app.gql(EDITION, { id: letter.letterId });
    const frozen = edition.body.data?.letter?.edition;
    if (!frozen) throw new Error(`no edition: ${edition.text}`);
    expect(frozen.signatories).toEqual(
      expect.arrayContaining([{ displayName: 'Own Name Alliance', verified: true, verifiedDomain: domain }]),
    );
    const json = await request(app.url).get(`/verify/${frozen.id}`).set('Accept', 'application/json');
    expect(json.body.signatoryDetails).toEqual(
      expect.arrayContaining([expect.objectContaining({ displayName: 'Own Name Alliance', verifiedDomain: domain })]),
    );
    const html = await request(app.url).get(`/verify/${frozen.id}`).set('Accept', 'text/html');
    expect(html.text).toContain(domain);
    // There the badge is an element of its own, not text after the name.
    expect(html.text).toContain(`<span class="verified-badge"`);
    expect(html.text).toMatch(
      new RegExp(`<span class="verified-badge"[^>]*>&#x2713; verified: ${domain.replace(/[.-]/g, '\\$&')}</span>`),
    );
    const pdf = await pdfReadingText(new Uint8Array(await fetchPdf(app.url, letter.slug)));
    expect(pdf).toContain(domain);
  });

  it('keeps an approved name across a re-confirmation, and holds any other name again', async () => {
    const letter = await openLetter(app, lead, { visibility: 'PUBLIC' });
    const signer = await verifiedOrganisation('Coalition Against Torture e.V.', `cat-${process.pid}.example`);
    const first = await endorseAsOther(signer, letter, { displayName: 'Coalition Against Torture' });
    expect(first.status).toBe('PENDING_APPROVAL');
    await app.gql(APPROVE, { id: first.id }, lead.token);
    const { contentHash } = await reviseLetter(app, lead, {
      letterId: letter.letterId,
      body: 'A new text altogether.',
      material: true,
    });
    const current = { ...letter, contentHash };
    const reconfirmed = await endorseAsOther(signer, current);
    expect(reconfirmed).toMatchObject({ status: 'SIGNED', displayName: 'Coalition Against Torture' });
    const renamed = await endorseAsOther(signer, current, { displayName: 'Amnesty International' });
    expect(renamed).toMatchObject({ status: 'PENDING_APPROVAL', displayName: 'Amnesty International' });
    const listed = await app.gql(SIGNATORIES, { id: letter.letterId });
    expect(listed.body.data?.letter?.counts.signed).toBe(0);
    expect(listed.text).not.toContain('Amnesty');
  });

  it('refuses a new organisation named like a verified one, whatever its case, accents or look-alike letters', async () => {
    await verifiedOrganisation(REAL_NAME, `uyghurcongress-${process.pid}.example`);
    const squatter = await signUp(app, 'Squatter');
    for (const name of [
      REAL_NAME,
      'world uyghur congress',
      'Wоrld Uyghur Cоngress',
      'Wörld Uyghür C0ngress',
      'WorId Uyghur Congress',
    ]) {
      const refused = await app.gql(CREATE_ORG, { input: { name } }, squatter.accessToken);
      expect([name, errorCode(refused)]).toEqual([name, 'CONFLICT']);
    }
    const { rows } = await app.sql.query(
      `SELECT count(*)::int AS n FROM memberships WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
      [squatter.email],
    );
    expect(rows[0].n).toBe(0);
    // A name no verified organisation has is fine, and so is sharing an unverified one's.
    await createOrganisation(app, squatter, { name: 'World Uyghur Friends' });
    await createOrganisation(app, squatter, { name: 'Badge Lead Coalition' });
  });

  // Attacker review, finding 1: the badge prints as " — verified: domain" after a name, so a
  // name that says so itself passed for verified everywhere the text edition goes.
  it('refuses organisation and display names that read like the verified badge', async () => {
    const squatter = await signUp(app, 'Badge Forger');
    for (const name of [
      'World Uyghur Congress — verified: uyghurcongress.org',
      'World Uyghur Congress — VΕRIFIED', // a Greek capital Epsilon
      'World Uyghur Congress — vérifié',
      'World Uyghur Congress ✓',
      'World Uyghur Congress ✅',
      'World Uyghur Congress (uyghurcongress.org)',
      'World Uyghur Congress uyghurcongress。org',
    ]) {
      expect([name, errorCode(await app.gql(CREATE_ORG, { input: { name } }, squatter.accessToken))]).toEqual([
        name,
        'BAD_USER_INPUT',
      ]);
    }
    const { rows } = await app.sql.query(
      `SELECT count(*)::int AS n FROM memberships WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
      [squatter.email],
    );
    expect(rows[0].n).toBe(0);
    // Names that only look like an abbreviation or say the opposite stay fine.
    await createOrganisation(app, squatter, { name: 'Coalition for Unverified Claims e.V.' });

    // Nor may a display name asked for say so; nothing is signed.
    const letter = await openLetter(app, lead, { visibility: 'PUBLIC' });
    const signer = await verifiedOrganisation('Honest Signers', `honest-${process.pid}.example`);
    const forged = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.letterId, signer.id, letter.contentHash, {
        displayName: `World Uyghur Congress — verified: uyghurcongress.org`,
      }),
      signer.user.accessToken,
    );
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');
    const endorsements = await app.sql.query(`SELECT 1 FROM endorsements WHERE letter_id = $1`, [letter.letterId]);
    expect(endorsements.rowCount).toBe(0);
  });

  it('refuses a new organisation or a display name that contains a verified organisation’s name as whole words', async () => {
    const real = await verifiedOrganisation('Tibet Action Institute', `tibetaction-${process.pid}.example`);
    const squatter = await signUp(app, 'Name Borrower');
    for (const name of [
      'Friends of Tibet Action Institute',
      'TIBET-ACTION-INSTITUTE Berlin',
      'Tibet Actiоn Institute UK',
    ]) {
      expect([name, errorCode(await app.gql(CREATE_ORG, { input: { name } }, squatter.accessToken))]).toEqual([
        name,
        'CONFLICT',
      ]);
    }
    // Whole words only: a name that merely shares some words is fine.
    await createOrganisation(app, squatter, { name: 'Tibet Action Institutes Network' });

    const letter = await openLetter(app, lead, { visibility: 'PUBLIC' });
    const other = await verifiedOrganisation('Another Trusted Group', `another-${process.pid}.example`);
    const borrowed = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.letterId, other.id, letter.contentHash, { displayName: 'Tibet Action Institute (Munich)' }),
      other.user.accessToken,
    );
    expect(errorCode(borrowed)).toBe('CONFLICT');
    // The organisation itself may still ask for a name with its own inside.
    const own = await endorseAsOther(real, letter, { displayName: 'Tibet Action Institute (Munich)' });
    expect(own.status).toBe('PENDING_APPROVAL');
  });

  // Attacker review, finding 2: a lead signing its own letter approved its own display name.
  it('lets no lead approve the display name its own organisation asked for; another lead may', async () => {
    const letter = await openLetter(app, lead, { visibility: 'PUBLIC' });
    const own = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.letterId, lead.organisationId, letter.contentHash, {
        displayName: 'Uyghur Human Rights Alliance',
      }),
      lead.token,
    );
    expect(own.body.data?.endorseLetter.status).toBe('PENDING_APPROVAL');
    const id = own.body.data!.endorseLetter.id;
    expect(errorCode(await app.gql(APPROVE, { id }, lead.token))).toBe('FORBIDDEN');
    // Nor does a COORDINATOR of the same organisation.
    const coordinator = await memberOf(app, lead, 'COORDINATOR');
    expect(errorCode(await app.gql(APPROVE, { id }, coordinator.token))).toBe('FORBIDDEN');
    const still = await app.gql(SIGNATORIES, { id: letter.letterId });
    expect(still.body.data?.letter?.counts.signed).toBe(0);
    expect(still.text).not.toContain('Uyghur Human Rights Alliance');

    // Another lead organisation's OWNER may.
    const coLead = await organisationWithOwner(app, { name: 'Badge Co-Lead Coalition' });
    const added = await app.gql(
      ADD_CO_LEAD,
      { input: { letterId: letter.letterId, organisationId: coLead.organisationId } },
      lead.token,
    );
    expect(added.body.errors).toBeUndefined();
    const accepted = await app.gql(ACCEPT_CO_LEAD, { l: letter.letterId, o: coLead.organisationId }, coLead.token);
    expect(accepted.body.errors).toBeUndefined();
    const approved = await app.gql(APPROVE, { id }, coLead.token);
    expect(approved.body.data?.approveEndorsement.status).toBe('SIGNED');
  });
});
