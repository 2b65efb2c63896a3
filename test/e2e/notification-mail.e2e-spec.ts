import type { TestUser } from '../harness/factories';
import { NotificationEmailsService } from '../../src/notifications/notification-emails.service';
import { NotificationsService } from '../../src/notifications/notifications.service';
import { ADD_NOTE, file, fileFormality, move, setup, Setup } from '../harness/service-requests';
import { TestSmtpServer } from '../harness/smtp';
import { errorOf, TestApp } from '../harness/test-app';

const PREFS = `query($locale: Language) { notificationPreferences(locale: $locale) { kind channel frequency defaultFrequency label group groupLabel } }`;
const SET_PREF = `mutation($kind: String!, $frequency: NotificationFrequency!) {
  setNotificationPreference(kind: $kind, channel: EMAIL, frequency: $frequency) { kind channel frequency } }`;
const CONTACT = `mutation($id: ID!, $body: String!, $channel: ContactChannel!) {
  contactRequester(id: $id, body: $body, channel: $channel) { id kind body author { id displayName } createdAt } }`;
const TIMELINE = `query($id: ID!) { serviceRequest(id: $id) { id events { kind body } } }`;

/**
 * Notification e-mails read from a real SMTP server started by the harness: the language of each
 * recipient, the reference named, never an internal note, the unsubscribe headers and their
 * one-click POST, the preferences (NEVER sends nothing), the daily digest (one e-mail, several
 * items, nothing twice) and an agent's message to a requester whose address the agent never sees.
 */
describe('notification e-mails', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let s: Setup;
  let english: TestUser;
  const SECRET = 'NOTE INTERNE : voisin procédurier, numéro 06 12 34 56 78';

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://parvis.example' });
    s = await setup(t);
    english = await t.factories.resident();
    await t.sql(`UPDATE users SET locale = 'en' WHERE id = $1`, [english.id]);
    await verifyAll();
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  /** Notification e-mails go to verified addresses only: the tests' accounts verify theirs. */
  const verifyAll = () => t.sql(`UPDATE users SET email_verified_at = now() WHERE email_verified_at IS NULL`);
  async function readerAccount() {
    const user = await t.factories.resident();
    await verifyAll();
    return user;
  }
  const mailsTo = (who: TestUser) => smtp.to(who.email);
  const setPref = (who: TestUser, kind: string, frequency: string) => t.gqlOk(SET_PREF, { kind, frequency }, who.token);
  const FOLLOW = `mutation($id: ID!) { follow(targetType: SERVICE_REQUEST, targetId: $id) { viewerIsFollowing } }`;
  /** Waits for the outbox: notifications, then the e-mails they queued, handed to the SMTP server. */
  const settle = () => t.jobsDone();

  it('mails a public update at once to each follower in their language, naming the reference, never the internal note', async () => {
    const r = await file(t, s.resident, s.reportId);
    await t.gqlOk(FOLLOW, { id: r.id }, english.token);
    await t.gqlOk(ADD_NOTE, { id: r.id, body: SECRET, internal: true }, s.agent.token);
    await t.gqlOk(ADD_NOTE, { id: r.id, body: 'Les travaux commencent lundi.', internal: false }, s.agent.token);
    const fr = await smtp.waitForMail((m) => m.to === s.resident.email && m.text.includes(r.reference));
    const en = await smtp.waitForMail((m) => m.to === english.email && m.text.includes(r.reference));
    await settle();

    expect(fr.subject).toBe(`Nouvelle information de la mairie sur la demande ${r.reference}`);
    expect(fr.text).toContain('Les travaux commencent lundi.');
    expect(fr.text).toContain(`https://parvis.example/service-requests/${r.id}`);
    expect(fr.html).toContain(r.reference);
    expect(en.subject).toBe(`New update from the town hall on request ${r.reference}`);
    expect(en.text).toContain(`Hello ${english.displayName},`);
    expect(fr.text).toContain(`Bonjour ${s.resident.displayName},`);
    for (const m of [fr, en]) {
      expect(`${m.subject}\n${m.text}\n${m.html}`).not.toContain('procédurier');
      expect(m.header('list-unsubscribe')).toMatch(/^<https:\/\/parvis\.example\/unsubscribe\?token=[^>]+>$/);
      expect(m.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    }
    // One e-mail each for the update; none for the internal note (no notification at all).
    expect(mailsTo(s.resident).filter((m) => m.text.includes(r.reference))).toHaveLength(1);
    expect(mailsTo(english).filter((m) => m.text.includes(r.reference))).toHaveLength(1);
    // The note is in no payload either.
    expect(await t.sql(`SELECT 1 FROM notifications WHERE payload::text LIKE '%procédurier%'`)).toEqual([]);
    // The agent who wrote it is not told of their own change.
    expect(mailsTo(s.agent)).toEqual([]);
  });

  it('a retried delivery mails no one twice', async () => {
    const r = await file(t, s.resident, s.reportId);
    const job = {
      effectId: '6f1c1c1e-1c1c-4c1c-8c1c-1c1c1c1c1c1c',
      targetType: 'SERVICE_REQUEST',
      targetId: r.id,
      kind: 'SERVICE_REQUEST_STATUS_CHANGED',
      actorId: s.agent.id,
      payload: { reference: r.reference, fromStatus: 'SUBMITTED', toStatus: 'ACKNOWLEDGED', message: null },
      extraRecipientIds: [],
      onlyExtra: false,
    };
    const notifications = t.get<NotificationsService>(NotificationsService);
    await notifications.deliver(job);
    await notifications.deliver(job);
    await smtp.waitForMail((m) => m.to === s.resident.email && m.subject.includes(r.reference));
    await settle();
    expect(mailsTo(s.resident).filter((m) => m.subject.includes(r.reference))).toHaveLength(1);
  });

  it('lists every kind with its default, and refuses an unknown kind naming the field', async () => {
    const prefs = (await t.gqlOk(PREFS, { locale: 'EN' }, s.other.token)).notificationPreferences;
    expect(prefs.length).toBeGreaterThanOrEqual(28);
    expect(prefs.find((p: { kind: string }) => p.kind === 'SERVICE_REQUEST_STATUS_CHANGED')).toMatchObject({
      channel: 'EMAIL',
      frequency: 'IMMEDIATE',
      defaultFrequency: 'IMMEDIATE',
      label: 'A request I follow changes status',
      group: 'service-requests',
      groupLabel: 'Requests to the town hall',
    });
    expect(prefs.find((p: { kind: string }) => p.kind === 'FORUM_TOPIC_COMMENTED').frequency).toBe('DAILY_DIGEST');
    const res = await t.gql(SET_PREF, { kind: 'NO_SUCH_KIND', frequency: 'NEVER' }, s.other.token);
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_NOTIFICATION_KIND', fields: ['kind'] });
    expect(await t.sql(`SELECT 1 FROM notification_preferences WHERE user_id = $1`, [s.other.id])).toEqual([]);
    expect(errorOf(await t.gql(SET_PREF, { kind: 'FORUM_TOPIC_COMMENTED', frequency: 'NEVER' })).code).toBe('UNAUTHENTICATED');
  });

  it('NEVER sends nothing (the in-app notification stays)', async () => {
    const r = await file(t, s.resident, s.reportId);
    await t.gqlOk(FOLLOW, { id: r.id }, s.other.token);
    await setPref(s.other, 'SERVICE_REQUEST_STATUS_CHANGED', 'NEVER');
    await move(t, s.agent, r.id, 'ACKNOWLEDGED', 'Bien reçu.');
    await smtp.waitForMail((m) => m.to === s.resident.email && m.subject.includes(r.reference));
    await settle();
    expect(mailsTo(s.other).filter((m) => m.text.includes(r.reference))).toEqual([]);
    expect(await t.sql(`SELECT kind FROM notifications WHERE recipient_id = $1 AND target_id = $2`, [s.other.id, r.id])).toEqual([
      { kind: 'SERVICE_REQUEST_STATUS_CHANGED' },
    ]);
  });

  it('DAILY_DIGEST: one e-mail listing several notifications; a second run sends nothing', async () => {
    const reader = await readerAccount();
    await setPref(reader, 'SERVICE_REQUEST_STATUS_CHANGED', 'DAILY_DIGEST');
    await setPref(reader, 'SERVICE_REQUEST_PUBLIC_UPDATE', 'DAILY_DIGEST');
    const a = await file(t, s.resident, s.reportId);
    const b = await file(t, s.resident, s.reportId);
    for (const r of [a, b]) await t.gqlOk(FOLLOW, { id: r.id }, reader.token);
    await move(t, s.agent, a.id, 'ACKNOWLEDGED', 'Vu.');
    await t.gqlOk(ADD_NOTE, { id: b.id, body: 'Une équipe passe demain.', internal: false }, s.agent.token);
    await t.gqlOk(ADD_NOTE, { id: b.id, body: SECRET, internal: true }, s.agent.token);
    await settle();
    expect(mailsTo(reader)).toEqual([]); // nothing at once

    const emails = t.get<NotificationEmailsService>(NotificationEmailsService);
    const [first, second] = await Promise.all([emails.sendDigests(), emails.sendDigests()]); // two instances at once
    expect(first + second).toBeGreaterThanOrEqual(1);
    const digest = await smtp.waitForMail((m) => m.to === reader.email);
    await settle();
    const mine = mailsTo(reader);
    expect(mine).toHaveLength(1);
    expect(digest.subject).toBe('Votre résumé du jour : 2 nouveautés');
    expect(digest.text).toContain(`La demande ${a.reference} est prise en compte.`);
    expect(digest.text).toContain(`Nouvelle information de la mairie sur la demande ${b.reference}.`);
    expect(digest.text).toContain('Une équipe passe demain.');
    expect(digest.text).not.toContain('procédurier');
    expect(digest.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    expect(await emails.sendDigests()).toBe(0);
    // And through the job queue, as the daily schedule runs it: still nothing new.
    await t.sql(`SELECT graphile_worker.add_job('notifications.digest', '{}'::json)`);
    await settle();
    expect(mailsTo(reader)).toHaveLength(1);
    // A new notification waits for the next digest, which the queued task sends.
    await move(t, s.agent, a.id, 'IN_PROGRESS', 'C’est parti.');
    expect(mailsTo(reader)).toHaveLength(1);
    await t.sql(`SELECT graphile_worker.add_job('notifications.digest', '{}'::json)`);
    const next = await smtp.waitForMail((m) => m.to === reader.email && m.subject === 'Votre résumé du jour : 1 nouveauté');
    expect(next.text).toContain(`La demande ${a.reference} est en cours de traitement.`);
    expect(next.text).not.toContain(b.reference);
  });

  it('the one-click POST turns that kind off without signing in; a forged token is refused and changes nothing', async () => {
    const reader = await readerAccount();
    const r = await file(t, s.resident, s.reportId);
    await t.gqlOk(FOLLOW, { id: r.id }, reader.token);
    await move(t, s.agent, r.id, 'ACKNOWLEDGED', 'Vu.');
    const mail = await smtp.waitForMail((m) => m.to === reader.email);
    const url = new URL(/^<([^>]+)>/.exec(mail.header('list-unsubscribe')!)![1]);
    expect(mail.text).toContain(url.toString());

    const forged = url.searchParams.get('token')!.replace(/.{4}$/, 'AAAA');
    const refused = await t.http
      .post(`/unsubscribe?token=${encodeURIComponent(forged)}`)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_UNSUBSCRIBE_TOKEN', fields: [{ path: 'token' }] });
    expect(await t.sql(`SELECT 1 FROM notification_preferences WHERE user_id = $1`, [reader.id])).toEqual([]);

    const res = await t.http.post(`${url.pathname}${url.search}`).type('form').send('List-Unsubscribe=One-Click');
    expect(res.status).toBe(200);
    expect(await t.sql(`SELECT kind, frequency FROM notification_preferences WHERE user_id = $1`, [reader.id])).toEqual([
      { kind: 'SERVICE_REQUEST_STATUS_CHANGED', frequency: 'NEVER' },
    ]);
    await move(t, s.agent, r.id, 'IN_PROGRESS', 'On s’en occupe.');
    await smtp.waitForMail((m) => m.to === s.resident.email && m.text.includes('On s’en occupe.'));
    await settle();
    expect(mailsTo(reader)).toHaveLength(1);
  });

  it('an agent e-mails the requester through the platform without ever seeing the address', async () => {
    const r = await fileFormality(t, english, s.formalityId);
    const res = await t.gql(
      CONTACT,
      { id: r.id, body: 'Merci de passer en mairie avec votre livret de famille.', channel: 'EMAIL' },
      s.agent.token,
    );
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res)).not.toContain(english.email);
    expect(res.data!.contactRequester).toMatchObject({
      kind: 'REQUESTER_EMAILED',
      body: 'Merci de passer en mairie avec votre livret de famille.',
    });
    const mail = await smtp.waitForMail((m) => m.to === english.email && m.text.includes('livret de famille'));
    expect(mail.subject).toBe(`Message from the town hall about your request ${r.reference}`);
    expect(mail.text).toContain(`https://parvis.example/service-requests/${r.id}`);
    // The timeline records it for the requester and staff, without the address.
    const seen = (await t.gqlOk(TIMELINE, { id: r.id }, english.token)).serviceRequest.events.map((e: { kind: string }) => e.kind);
    expect(seen).toContain('REQUESTER_EMAILED');
    const staffView = await t.gql(TIMELINE, { id: r.id }, s.agent.token);
    expect(JSON.stringify(staffView)).not.toContain(english.email);
    // Only agents of its department (and admins) may.
    for (const who of [s.otherAgent, s.other]) {
      const refused = await t.gql(CONTACT, { id: r.id, body: 'Bonjour', channel: 'EMAIL' }, who.token);
      expect(errorOf(refused).code).toBe('NOT_FOUND');
    }
    const report = await file(t, s.resident, s.reportId);
    expect(errorOf(await t.gql(CONTACT, { id: report.id, body: 'Bonjour', channel: 'EMAIL' }, s.otherAgent.token))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_DEPARTMENT_STAFF',
    });
    expect(errorOf(await t.gql(CONTACT, { id: report.id, body: '  ', channel: 'EMAIL' }, s.agent.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['body'],
    });
    // TIMELINE: a public update, shown to the public.
    await t.gqlOk(CONTACT, { id: report.id, body: 'Intervention prévue jeudi.', channel: 'TIMELINE' }, s.agent.token);
    const publicView = (await t.gqlOk(TIMELINE, { id: report.id })).serviceRequest.events;
    expect(publicView).toContainEqual({ kind: 'PUBLIC_UPDATE', body: 'Intervention prévue jeudi.' });
    await settle();
    expect(smtp.messages.filter((m) => m.text.includes('Bonjour\n'))).toEqual([]);
  });
});
