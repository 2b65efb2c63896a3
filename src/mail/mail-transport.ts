import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { CommuneIdentityService } from '../commune/commune-identity.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { OutgoingMail } from './mailer';

/** The folder e-mails are written to without SMTP_URL. */
export function mailDir(config: Pick<AppConfig, 'DATA_DIR'>): string {
  return join(resolve(config.DATA_DIR), 'mail');
}

/**
 * Hands e-mails to nodemailer: over SMTP when SMTP_URL is set (one pooled transport), else as
 * `.eml` files under `<DATA_DIR>/mail/` (nodemailer builds the same MIME message; the file is
 * written mode 0600, since reset links are in it) with the path logged at info, so the embedded
 * demo's e-mails can be opened and their links followed.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;
  private readonly toFiles: boolean;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly commune: CommuneIdentityService,
  ) {
    this.toFiles = !config.SMTP_URL;
    this.transport = config.SMTP_URL
      ? nodemailer.createTransport(config.SMTP_URL)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transport.sendMail({
      from: await this.from(),
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
    });
    if (!this.toFiles) {
      this.logger.debug({ messageId: info.messageId }, 'e-mail sent');
      return;
    }
    const dir = mailDir(this.config);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const key = (mail.effectKey ?? 'mail').replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 80);
    const path = join(dir, `${stamp}-${key}.eml`);
    await writeFile(path, (info as unknown as { message: Buffer }).message, { mode: 0o600 });
    this.logger.log({ path, subject: mail.subject }, `e-mail written to ${path} (no SMTP_URL)`);
  }

  /** MAIL_FROM, else the commune's name with no-reply@ the public host. */
  async from(): Promise<string> {
    if (this.config.MAIL_FROM) return this.config.MAIL_FROM;
    const host = this.config.PUBLIC_URL ? new URL(this.config.PUBLIC_URL).hostname : 'localhost';
    const name = ((await this.commune.get()).name ?? 'Parvis').replace(/["\\\r\n]/g, '');
    return `"${name}" <no-reply@${host}>`;
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
