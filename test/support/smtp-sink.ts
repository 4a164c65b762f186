import PostalMime, { type Email } from 'postal-mime';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
  parsed: Email;
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives, for tests. */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  /** Replies to give, in order, to the next messages for an address (e.g. [451, 451] then 250). */
  readonly scripted = new Map<string, number[]>();
  /** Replies to give, in order, to RCPT TO for an address: a refusal of that recipient (e.g. [550]). */
  readonly scriptedRcpt = new Map<string, number[]>();
  /** Milliseconds to wait before accepting each message (a slow server, to catch a send in flight). */
  delayMs = 0;
  /** Accepting is held back until this settles (see `hold`). */
  private gate: Promise<void> = Promise.resolve();
  /** Messages refused by a scripted reply, as offered. */
  readonly refused: { to: string[]; code: number; raw: string }[] = [];
  /** How many times each address was offered a message, refused ones included. */
  readonly offered = new Map<string, number>();
  private server: SMTPServer | undefined;
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const code = this.scriptedRcpt.get(address.address)?.shift();
        if (code === undefined || code === 250) {
          callback();
          return;
        }
        this.offered.set(address.address, (this.offered.get(address.address) ?? 0) + 1);
        this.refused.push({ to: [address.address], code, raw: '' });
        callback(Object.assign(new Error(`${code} scripted refusal of this recipient`), { responseCode: code }));
      },
      onData: (stream: SMTPServerDataStream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const rcpt = session.envelope.rcptTo.map((r) => r.address);
          for (const address of rcpt) this.offered.set(address, (this.offered.get(address) ?? 0) + 1);
          const code = rcpt.map((address) => this.scripted.get(address)?.shift()).find((c) => c !== undefined);
          const raw = Buffer.concat(chunks).toString('utf8');
          if (code !== undefined && code !== 250) {
            this.refused.push({ to: rcpt, code, raw });
            const refusal = Object.assign(new Error(`${code} scripted refusal for the test`), { responseCode: code });
            callback(refusal);
            return;
          }
          // Kept as soon as it is whole, as a real server would: a sender killed before our reply
          // does not know it arrived.
          PostalMime.parse(raw)
            .then((parsed) => {
              this.messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
              void this.gate.then(() => setTimeout(() => callback(), this.delayMs));
            })
            .catch(callback);
        });
      },
    });
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    const address = this.server.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this;
  }

  /** Keeps every message in flight (received, not yet accepted) until the returned function is called. */
  hold(): () => void {
    let release = (): void => undefined;
    this.gate = new Promise<void>((done) => (release = done));
    return () => {
      this.gate = Promise.resolve();
      release();
    };
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Waits (bounded) for a message to `to` matching `predicate`. */
  async waitFor(
    to: string,
    predicate: (mail: ReceivedMail) => boolean = () => true,
    timeoutMs = 15_000,
  ): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find((m) => m.to.includes(to) && predicate(m));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}

/** The `token` query parameter of the first link in a message's text. */
export function tokenFrom(mail: ReceivedMail): string {
  const match = /https?:\/\/\S+\?token=([A-Za-z0-9_%-]+)/.exec(mail.parsed.text ?? '');
  if (!match) throw new Error('no token link in the message');
  return decodeURIComponent(match[1]);
}
