import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CommuneIdentityService } from '../commune/commune-identity.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { Tx } from '../database/transaction';
import { Outbox } from '../jobs/outbox';
import { MailLocale, MailTemplate, renderMail } from './templates';

/** The job task that sends one e-mail. */
export const SEND_MAIL = 'mail.send';

/** One e-mail, rendered: what `Mailer.enqueue` queues and the `mail.send` job hands to the transport. */
export interface OutgoingMail {
  /** One address. */
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers (`List-Unsubscribe`, `List-Unsubscribe-Post`…). */
  headers?: Record<string, string>;
  /**
   * What makes this e-mail once-only (`<domain>:<effect id>:<recipient>`, at most 200 characters):
   * a second job with the same key sends nothing. Unset: a fresh key, so the job's own retries
   * still send it once.
   */
  effectKey?: string;
}

/** How `compose` addresses a message. */
export interface ComposeOptions {
  to: string;
  headers?: Record<string, string>;
  effectKey?: string;
}

/**
 * E-mail for every domain. `enqueue` writes the e-mail as an outbox job in the caller's
 * transaction, so it is sent exactly when the change that caused it commits, by a job worker, a
 * few milliseconds later (the request never waits for SMTP). `compose` renders a template in a
 * locale inside the common layout (the commune's name, links to PUBLIC_URL).
 *
 * Delivery is at least once: the job records the e-mail's effect key in `sent_mails` in the same
 * transaction as the SMTP hand-over, so a job run again after it committed sends nothing; a crash
 * between the SMTP server's acceptance and that commit (a window of milliseconds) sends it again.
 */
@Injectable()
export class Mailer {
  constructor(
    private readonly outbox: Outbox,
    private readonly commune: CommuneIdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async enqueue(tx: Tx, mail: OutgoingMail): Promise<void> {
    const effectKey = mail.effectKey ?? `mail:${randomUUID()}`;
    if (effectKey.length > 200) throw new Error('mail effectKey is longer than 200 characters');
    if (!/^[^\s@<>,;]+@[^\s@<>,;]+$/.test(mail.to)) throw new Error('mail recipient is not one address');
    await this.outbox.enqueue(tx, SEND_MAIL, { ...mail, effectKey } satisfies OutgoingMail);
  }

  /** Renders a template (subject, text, HTML) for one recipient in their locale. */
  async compose<P>(template: MailTemplate<P>, locale: MailLocale, params: P, options: ComposeOptions, tx?: Tx): Promise<OutgoingMail> {
    const rendered = renderMail(template, locale, params, { siteName: await this.siteName(tx), baseUrl: this.baseUrl });
    return { ...options, ...rendered };
  }

  /** The platform's public base URL: PUBLIC_URL, else this server's own address. */
  get baseUrl(): string {
    return (this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`).replace(/\/+$/, '');
  }

  /** An absolute link to a page of the web client (`/reset-password`, { token }). */
  link(path: string, query: Record<string, string> = {}): string {
    const search = new URLSearchParams(query).toString();
    return `${this.baseUrl}${path.startsWith('/') ? path : `/${path}`}${search ? `?${search}` : ''}`;
  }

  private async siteName(tx?: Tx): Promise<string> {
    return (await this.commune.get(tx)).name ?? 'Parvis';
  }
}
