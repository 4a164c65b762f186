import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import type { Attachment } from 'nodemailer/lib/mailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { redactEmails } from '../logging/redact';

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

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
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

  /** For mail that follows a committed change: a failure is logged, never thrown at the caller. */
  sendAfterCommit(message: MailMessage, purpose: string): void {
    this.send(message).catch((error: Error) => {
      this.logger.warn(`could not send ${purpose} mail: ${redactEmails(error.message)}`);
    });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
