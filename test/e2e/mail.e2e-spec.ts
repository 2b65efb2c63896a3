import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { TransactionRunner } from '../../src/database/transaction';
import { Mailer, OutgoingMail } from '../../src/mail/mailer';
import { defineTemplate } from '../../src/mail/templates';
import { TestSmtpServer } from '../harness/smtp';
import { TestApp } from '../harness/test-app';

const mail = (over: Partial<OutgoingMail> = {}): OutgoingMail => ({
  to: 'marie@example.org',
  subject: 'Votre demande avance',
  text: 'Bonjour,\nvotre demande avance.',
  html: '<p>Bonjour, votre demande <strong>avance</strong>.</p>',
  ...over,
});

async function enqueue(t: TestApp, ...mails: OutgoingMail[]): Promise<void> {
  const mailer = t.get<Mailer>(Mailer);
  await t.get<TransactionRunner>(TransactionRunner).run(async (tx) => {
    for (const m of mails) await mailer.enqueue(tx, m);
  });
  await t.jobsDone();
}

describe('mail core over SMTP', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await TestApp.start({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Mairie de Parvis <mairie@parvis.example.org>',
      PUBLIC_URL: 'https://parvis.example.org',
    });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('delivers a queued e-mail to the SMTP server: subject, text, HTML, headers, sender', async () => {
    await enqueue(
      t,
      mail({
        headers: {
          'List-Unsubscribe': '<https://parvis.example.org/unsubscribe?token=abc>',
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      }),
    );
    const got = await smtp.waitForMail((m) => m.to === 'marie@example.org');
    expect(got.subject).toBe('Votre demande avance');
    expect(got.text.trim()).toBe('Bonjour,\nvotre demande avance.');
    expect(got.html).toContain('<strong>avance</strong>');
    expect(got.header('list-unsubscribe')).toContain('https://parvis.example.org/unsubscribe?token=abc');
    expect(got.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(got.envelopeFrom).toBe('mairie@parvis.example.org');
    expect(got.parsed.from?.value[0]).toMatchObject({ name: 'Mairie de Parvis', address: 'mairie@parvis.example.org' });
  });

  it('sends nothing when the transaction that queued the e-mail rolls back', async () => {
    smtp.clear();
    const mailer = t.get<Mailer>(Mailer);
    await expect(
      t.get<TransactionRunner>(TransactionRunner).run(async (tx) => {
        await mailer.enqueue(tx, mail({ to: 'rolled-back@example.org' }));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await enqueue(t, mail({ to: 'after@example.org' }));
    await smtp.waitForMail((m) => m.to === 'after@example.org');
    expect(smtp.to('rolled-back@example.org')).toHaveLength(0);
  });

  it('sends an e-mail once per effect key, even when queued twice', async () => {
    smtp.clear();
    await enqueue(t, mail({ to: 'once@example.org', effectKey: 'test:once' }), mail({ to: 'once@example.org', effectKey: 'test:once' }));
    await enqueue(t, mail({ to: 'once@example.org', effectKey: 'test:once' }), mail({ to: 'once@example.org', subject: 'last' }));
    await smtp.waitForMail((m) => m.subject === 'last');
    expect(smtp.to('once@example.org').map((m) => m.subject)).toEqual(['Votre demande avance', 'last']);
    expect(await t.sql(`SELECT effect_key FROM sent_mails WHERE effect_key = 'test:once'`)).toHaveLength(1);
  });

  it('retries a send the SMTP server refused, and sends it once it accepts', async () => {
    smtp.clear();
    const port = smtp.port;
    await smtp.stop();
    const mailer = t.get<Mailer>(Mailer);
    await t
      .get<TransactionRunner>(TransactionRunner)
      .run((tx) => mailer.enqueue(tx, mail({ to: 'later@example.org', effectKey: 'test:later' })));
    // The first attempt fails (nothing listens) and leaves the job for a retry, its key unclaimed.
    await expect(t.jobsDone(5000)).rejects.toThrow(/mail.send failed/);
    expect(await t.sql(`SELECT 1 FROM sent_mails WHERE effect_key = 'test:later'`)).toHaveLength(0);
    smtp = await TestSmtpServer.start(port);
    await t.sql(
      `UPDATE graphile_worker._private_jobs SET run_at = now() WHERE task_id = (SELECT id FROM graphile_worker._private_tasks WHERE identifier = 'mail.send')`,
    );
    await smtp.waitForMail((m) => m.to === 'later@example.org', 15_000);
    // The key is recorded when the job's transaction commits, just after the SMTP server accepted.
    for (let i = 0; i < 200 && !(await t.sql(`SELECT 1 FROM sent_mails WHERE effect_key = 'test:later'`)).length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(await t.sql(`SELECT 1 FROM sent_mails WHERE effect_key = 'test:later'`)).toHaveLength(1);
    expect(smtp.to('later@example.org')).toHaveLength(1);
  });

  it('composes a template in the layout: the commune, absolute links to PUBLIC_URL', async () => {
    smtp.clear();
    const mailer = t.get<Mailer>(Mailer);
    const template = defineTemplate<{ name: string }>({
      fr: ({ name }) => ({
        subject: `Bonjour ${name}`,
        blocks: [{ action: { label: 'Ouvrir', url: mailer.link('/requests/1', { a: 'b c' }) } }],
      }),
      en: ({ name }) => ({ subject: `Hello ${name}`, blocks: [] }),
    });
    const composed = await mailer.compose(template, 'fr', { name: '<b>Marie</b>' }, { to: 'compose@example.org' });
    await enqueue(t, composed);
    const got = await smtp.waitForMail((m) => m.to === 'compose@example.org');
    expect(got.subject).toBe('Bonjour <b>Marie</b>');
    expect(got.text).toContain('https://parvis.example.org/requests/1?a=b+c');
    expect(got.html).toContain('href="https://parvis.example.org/requests/1?a=b+c"');
  });
});

describe('mail core without SMTP_URL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  it('writes each e-mail as an .eml file under DATA_DIR/mail, readable by a mail client', async () => {
    await enqueue(t, mail({ to: 'demo@example.org', subject: 'Réinitialisez votre mot de passe', effectKey: 'test:file' }));
    const dir = join(t.config.DATA_DIR, 'mail');
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/test_file\.eml$/);
    const parsed = await simpleParser(readFileSync(join(dir, files[0])));
    expect(parsed.subject).toBe('Réinitialisez votre mot de passe');
    expect(parsed.text?.trim()).toBe('Bonjour,\nvotre demande avance.');
    expect(parsed.html).toContain('<strong>avance</strong>');
    expect(parsed.from?.value[0]).toMatchObject({ name: 'Parvis', address: 'no-reply@localhost' });
  });
});
