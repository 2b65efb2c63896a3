import { Global, Module } from '@nestjs/common';
import { CommuneModule } from '../commune/commune.module';
import { ForgetSentMailsJob, SendMailJob } from './mail-jobs';
import { MailRepository } from './mail.repository';
import { MailTransport } from './mail-transport';
import { Mailer } from './mailer';

/**
 * E-mail: `Mailer` (queue an e-mail in a transaction, render templates) and the `mail.send` job that
 * hands it to SMTP or, without SMTP_URL, writes it under DATA_DIR/mail. Global: identity,
 * notifications and any domain inject `Mailer` without importing this module.
 */
@Global()
@Module({
  imports: [CommuneModule],
  providers: [Mailer, MailRepository, MailTransport, SendMailJob, ForgetSentMailsJob],
  exports: [Mailer],
})
export class MailModule {}
