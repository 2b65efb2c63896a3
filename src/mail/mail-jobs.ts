import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { TransactionRunner } from '../database/transaction';
import { JobHandler, JobTask } from '../jobs/jobs';
import { MailRepository } from './mail.repository';
import { MailTransport } from './mail-transport';
import { OutgoingMail, SEND_MAIL } from './mailer';

/** How long a sent e-mail's key is kept (far longer than a job's retries last, about 3 days). */
const SENT_KEY_DAYS = 30;

function isOutgoingMail(value: unknown): value is OutgoingMail & { effectKey: string } {
  const m = value as Record<string, unknown> | null;
  return (
    !!m &&
    typeof m.to === 'string' &&
    typeof m.subject === 'string' &&
    typeof m.text === 'string' &&
    typeof m.html === 'string' &&
    typeof m.effectKey === 'string' &&
    (m.headers === undefined || (typeof m.headers === 'object' && Object.values(m.headers as object).every((v) => typeof v === 'string')))
  );
}

/**
 * Sends one queued e-mail. Its effect key is claimed in sent_mails and the e-mail handed to the
 * transport inside one transaction: a failed send rolls the claim back (the job is retried with
 * backoff), a job run again after the commit finds the key and sends nothing, and two runs racing
 * wait on the key's row, so only one sends.
 */
@Injectable()
@JobTask(SEND_MAIL)
export class SendMailJob implements JobHandler {
  constructor(
    private readonly repo: MailRepository,
    private readonly transport: MailTransport,
    private readonly tx: TransactionRunner,
  ) {}

  async run(payload: unknown): Promise<void> {
    if (!isOutgoingMail(payload)) throw new Error(`malformed ${SEND_MAIL} job`);
    await this.tx.run(async (tx) => {
      if (!(await this.repo.claim(tx, payload.effectKey))) return;
      await this.transport.send(payload);
    });
  }
}

/** Daily: forgets the keys of e-mails sent more than 30 days ago. */
@Injectable()
@JobTask('mail.forget-sent')
export class ForgetSentMailsJob implements JobHandler {
  readonly schedule = '17 3 * * *';
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly repo: MailRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<void> {
    const before = new Date(this.clock.now().getTime() - SENT_KEY_DAYS * 86_400_000);
    const forgotten = await this.tx.run((tx) => this.repo.forgetSentBefore(tx, before));
    if (forgotten) this.logger.log({ forgotten }, 'keys of old sent e-mails forgotten');
  }
}
