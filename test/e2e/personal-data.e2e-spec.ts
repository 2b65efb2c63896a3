import { errorOf, TestApp } from '../harness/test-app';
import type { TestUser } from '../harness/factories';
import { smallImage, upload } from '../harness/media';
import { createDraft, GET, publishedProposal, SUPPORT } from '../harness/proposals';
import { ADD_NOTE, file, move, setup, Setup } from '../harness/service-requests';

const EXPORT = `mutation { exportMyData }`;
const DELETE = `mutation($password: String!) { deleteMyAccount(password: $password) }`;
const ME = `{ me { id email } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id email } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const VOTE = `mutation($id: ID!, $value: Int!) { voteComment(id: $id, value: $value) { id score } }`;
const FOLLOW = `mutation($type: FollowTargetType!, $id: ID!) { follow(targetType: $type, targetId: $id) { followerCount viewerIsFollowing } }`;
const REPLY = `mutation($id: ID!, $body: String!) { replyToServiceRequest(id: $id, body: $body) { id } }`;
const COMMENTS = `query($id: ID!) { proposal(id: $id) { id supportCount author { id displayName }
  comments(first: 10) { edges { node { id body author { id displayName } } } } } }`;

describe('personal data (RGPD)', () => {
  let t: TestApp;
  let s: Setup;
  beforeAll(async () => {
    t = await TestApp.start();
    s = await setup(t);
  });
  afterAll(() => t?.close());

  const exportOf = async (user: TestUser) => JSON.parse((await t.gqlOk(EXPORT, {}, user.token)).exportMyData as string);

  /** A resident who did one of each thing: a proposal with a photo, a support, a comment, a vote, a request with a reply, a follow, a spare upload. */
  async function busyResident() {
    const me = await t.factories.resident({ district: 'Le Port' });
    const other = await t.factories.resident();
    const imageId = (await upload(t, await smallImage('jpeg', 40, 30), { token: me.token }).expect(201)).body.id as string;
    const spareImageId = (await upload(t, await smallImage('jpeg', 41, 30), { token: me.token }).expect(201)).body.id as string;
    const mine = await publishedProposal(t, me, { title: 'Un kiosque à livres', imageIds: [imageId] });
    const theirs = await publishedProposal(t, other, { title: 'Une piste cyclable' });
    const theirDraft = await createDraft(t, other, { title: 'Brouillon de l’autre' });
    await t.gqlOk(SUPPORT, { id: theirs.id }, me.token);
    await t.gqlOk(SUPPORT, { id: mine.id }, other.token);
    const comment = (await t.gqlOk(ADD_COMMENT, { input: { targetType: 'PROPOSAL', targetId: theirs.id, body: 'Bonne idée !' } }, me.token))
      .addComment;
    const theirComment = (
      await t.gqlOk(ADD_COMMENT, { input: { targetType: 'PROPOSAL', targetId: mine.id, body: 'Commentaire de l’autre' } }, other.token)
    ).addComment;
    await t.gqlOk(VOTE, { id: theirComment.id, value: 1 }, me.token);
    const request = await file(t, me, s.reportId, { description: 'Lampadaire éteint rue Haute' });
    await move(t, s.agent, request.id, 'ACKNOWLEDGED', 'Bien reçu.');
    await move(t, s.agent, request.id, 'IN_PROGRESS', null);
    await move(t, s.agent, request.id, 'WAITING_FOR_RESIDENT', 'Quel numéro de mât ?');
    await t.gqlOk(REPLY, { id: request.id, body: 'Mât EP-1147.' }, me.token);
    await t.gqlOk(ADD_NOTE, { id: request.id, body: 'NOTE INTERNE SECRÈTE', internal: true }, s.agent.token);
    await t.gqlOk(FOLLOW, { type: 'PROPOSAL', id: theirs.id }, me.token);
    return { me, other, mine, theirs, theirDraft, comment, theirComment, request, imageId, spareImageId };
  }

  it('exports every section of the caller, nothing of anyone else, never an internal note', async () => {
    const w = await busyResident();
    const doc = await exportOf(w.me);
    expect(doc.account).toMatchObject({ id: w.me.id, email: w.me.email, district: 'Le Port', roles: ['RESIDENT'] });
    expect(doc.sessions.length).toBeGreaterThan(0);
    expect(Object.keys(doc.sessions[0])).not.toContain('tokenHash');
    expect(doc.proposals.authored.map((p: { id: string }) => p.id)).toEqual([w.mine.id]);
    expect(doc.proposals.authored[0]).toMatchObject({ title: 'Un kiosque à livres', status: 'PUBLISHED' });
    expect(doc.proposals.supports.map((p: { proposalId: string }) => p.proposalId)).toEqual([w.theirs.id]);
    expect(doc.comments.written).toEqual([expect.objectContaining({ id: w.comment.id, body: 'Bonne idée !' })]);
    expect(doc.comments.votes).toEqual([expect.objectContaining({ commentId: w.theirComment.id, value: 1 })]);
    expect(doc.serviceRequests).toHaveLength(1);
    const request = doc.serviceRequests[0];
    expect(request).toMatchObject({ id: w.request.id, description: 'Lampadaire éteint rue Haute' });
    const kinds = request.events.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['CREATED', 'STATUS_CHANGED', 'RESIDENT_REPLY']));
    expect(kinds).not.toContain('INTERNAL_NOTE');
    expect(request.events).toContainEqual(expect.objectContaining({ kind: 'RESIDENT_REPLY', body: 'Mât EP-1147.' }));
    expect(doc.notifications.follows).toContainEqual(expect.objectContaining({ targetType: 'PROPOSAL', targetId: w.theirs.id }));
    // The other resident's support and comment on my proposal notified me.
    expect(doc.notifications.received.length).toBeGreaterThan(0);
    expect(doc.images.map((i: { id: string }) => i.id).sort()).toEqual([w.imageId, w.spareImageId].sort());
    expect(doc.images.find((i: { id: string }) => i.id === w.imageId)).toMatchObject({
      attachedType: 'PROPOSAL',
      attachedId: w.mine.id,
      width: 40,
      height: 30,
    });

    const text = JSON.stringify(doc);
    expect(text).not.toContain('NOTE INTERNE SECRÈTE');
    expect(text).not.toContain(w.other.email);
    expect(text).not.toContain('Commentaire de l’autre');
    expect(text).not.toContain(w.theirDraft.id);
    expect(text).not.toMatch(/password|token_hash|tokenHash/i);
  });

  it('refuses a wrong password and changes nothing', async () => {
    const w = await busyResident();
    const before = await t.sql(`SELECT email, password_hash, display_name, deleted_at FROM users WHERE id = $1`, [w.me.id]);
    const followsBefore = await t.sql(`SELECT count(*)::int AS n FROM follows WHERE user_id = $1`, [w.me.id]);
    const res = await t.gql(DELETE, { password: 'not my password' }, w.me.token);
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD', fields: ['password'] });
    expect(await t.sql(`SELECT email, password_hash, display_name, deleted_at FROM users WHERE id = $1`, [w.me.id])).toEqual(before);
    expect((await t.gqlOk(ME, {}, w.me.token)).me.id).toBe(w.me.id);
    expect(await t.sql(`SELECT count(*)::int AS n FROM follows WHERE user_id = $1`, [w.me.id])).toEqual(followsBefore);
    expect(followsBefore[0].n).toBeGreaterThan(0);
  });

  it('deletes: anonymised, signed out, content kept under a deleted account, counts unchanged, the e-mail free again', async () => {
    const w = await busyResident();
    const supportsBefore = await t.sql(`SELECT id, support_count FROM proposals WHERE id = ANY($1) ORDER BY id`, [
      [w.mine.id, w.theirs.id],
    ]);

    expect((await t.gqlOk(DELETE, { password: w.me.password }, w.me.token)).deleteMyAccount).toBe(true);

    const [row] = await t.sql(`SELECT email, password_hash, display_name, district, deleted_at FROM users WHERE id = $1`, [w.me.id]);
    expect(row).toMatchObject({ email: null, password_hash: null, display_name: 'Compte supprimé', district: null });
    expect(row.deleted_at).not.toBeNull();
    expect(await t.sql(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [w.me.id])).toEqual([{ n: 0 }]);
    expect(await t.sql(`SELECT count(*)::int AS n FROM user_roles WHERE user_id = $1`, [w.me.id])).toEqual([{ n: 0 }]);
    expect(await t.sql(`SELECT count(*)::int AS n FROM follows WHERE user_id = $1`, [w.me.id])).toEqual([{ n: 0 }]);
    expect(await t.sql(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1`, [w.me.id])).toEqual([{ n: 0 }]);
    // The unattached upload is gone; the proposal's photo stays with it.
    expect(await t.sql(`SELECT id FROM images WHERE owner_id = $1`, [w.me.id])).toEqual([{ id: w.imageId }]);
    // Supports stay, so no count moves.
    expect(await t.sql(`SELECT id, support_count FROM proposals WHERE id = ANY($1) ORDER BY id`, [[w.mine.id, w.theirs.id]])).toEqual(
      supportsBefore,
    );
    expect(await t.sql(`SELECT count(*)::int AS n FROM proposal_supports WHERE user_id = $1`, [w.me.id])).toEqual([{ n: 1 }]);

    // Tokens stop working.
    expect((await t.gql(ME, {}, w.me.token)).data?.me ?? null).toBeNull();
    const refreshed = await t.gql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: w.me.refreshToken });
    expect(errorOf(refreshed).code).toBe('UNAUTHENTICATED');
    const login = await t.gql(LOGIN, { input: { email: w.me.email, password: w.me.password } });
    expect(errorOf(login)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });

    // Content stays, under the deleted account.
    const mine = (await t.gqlOk(GET, { id: w.mine.id }, w.other.token)).proposal;
    expect(mine.author).toEqual({ id: w.me.id, displayName: 'Compte supprimé' });
    const theirs = (await t.gqlOk(COMMENTS, { id: w.theirs.id })).proposal;
    expect(theirs.comments.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      id: w.comment.id,
      body: 'Bonne idée !',
      author: { id: w.me.id, displayName: 'Compte supprimé' },
    });

    // The e-mail can register again, as a new account.
    const again = await t.gqlOk(REGISTER, { input: { email: w.me.email, password: 'a brand new passphrase', displayName: 'De retour' } });
    expect(again.register.user).toMatchObject({ email: w.me.email });
    expect(again.register.user.id).not.toBe(w.me.id);
  });

  it('refuses to delete the last admin (CONFLICT LAST_ADMIN), not an admin who has a peer', async () => {
    // setup() made one admin; make sure it is alone among live admins.
    await t.sql(`UPDATE users SET deleted_at = now() WHERE id IN (SELECT user_id FROM user_roles WHERE role = 'ADMIN') AND id <> $1`, [
      s.admin.id,
    ]);
    const res = await t.gql(DELETE, { password: s.admin.password }, s.admin.token);
    expect(errorOf(res)).toEqual({ code: 'CONFLICT', reason: 'LAST_ADMIN', fields: [] });
    const [row] = await t.sql(`SELECT email, deleted_at FROM users WHERE id = $1`, [s.admin.id]);
    expect(row).toEqual({ email: s.admin.email, deleted_at: null });
    expect((await t.gqlOk(ME, {}, s.admin.token)).me.id).toBe(s.admin.id);

    const peer = await t.factories.admin();
    expect((await t.gqlOk(DELETE, { password: peer.password }, peer.token)).deleteMyAccount).toBe(true);
    expect(errorOf(await t.gql(DELETE, { password: s.admin.password }, s.admin.token)).reason).toBe('LAST_ADMIN');
  });
});
