import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import type { Attachment } from 'nodemailer/lib/mailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { QUEUE } from '../queue/queue.module';
import { transactionalDb } from '../queue/transactional-db';
import { MAIL_QUEUE_RETRY } from './sending/retry-policy';

/** The one queue of transactional mail (verification, invitations, notices), worked by MailWorker. */
export const MAIL_QUEUE = 'mail.send';

export interface MailMessage {
  to: string | string[];
  cc?: string | string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: Attachment[];
  /** A stable Message-ID, so that a message sent twice can be recognised as one. */
  messageId?: string;
  headers?: Record<string, string>;
  /** Instead of MAIL_FROM, e.g. a supporter's name on the platform's address. */
  from?: { name: string; address: string };
  /** Where replies go when that is not the sender (a supporter writing through the platform). */
  replyTo?: string;
}

/** A message that can wait in the queue: plain JSON, no attachments. */
export type QueuedMail = Omit<MailMessage, 'attachments'>;

export interface MailJobData {
  message: QueuedMail;
  /** What the message is for (`verification`, ...): for logs, which must not carry addresses. */
  purpose: string;
  /** Whose personal data the message carries, so that erasing it can remove the job too. */
  erasureKey?: string;
}

export interface SentMail {
  messageId: string;
}

/** SMTP_URL as nodemailer options, with timeouts so that a silent server cannot hang a send. */
export function smtpOptions(smtpUrl: string): SMTPTransport.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  };
}

/** Sends mail through SMTP_URL, or writes each message as an .eml file to DATA_DIR/outbox. */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;
  private readonly outbox: string | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(QUEUE) private readonly boss: PgBoss,
  ) {
    if (config.smtpUrl) {
      this.transport = createTransport(smtpOptions(config.smtpUrl));
    } else {
      this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.outbox = join(config.dataDir, 'outbox');
    }
  }

  async send(message: MailMessage): Promise<SentMail> {
    const info = await this.transport.sendMail({ from: this.config.mailFrom, ...message });
    if (this.outbox) {
      await mkdir(this.outbox, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
      await writeFile(join(this.outbox, name), info.message as Buffer, { mode: 0o600 });
    }
    this.logger.debug(`mail sent: ${info.messageId}`);
    return { messageId: info.messageId };
  }

  /**
   * Queues a message in the caller's transaction: it is sent (by a worker, with retries) if and
   * only if the change it reports commits, even if this process dies right after the commit.
   */
  async enqueue(manager: EntityManager, message: QueuedMail, purpose: string, erasureKey?: string): Promise<void> {
    const host = new URL(this.config.publicUrl).hostname || 'undersigned.invalid';
    // A stable Message-ID: a send retried after a worker died mid-send is recognisably the same.
    const data: MailJobData = {
      message: { messageId: `<mail-${randomUUID()}@${host}>`, ...message },
      purpose,
      ...(erasureKey ? { erasureKey } : {}),
    };
    await this.boss.send(MAIL_QUEUE, data, {
      ...MAIL_QUEUE_RETRY,
      expireInSeconds: 120,
      db: transactionalDb(manager),
    });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
