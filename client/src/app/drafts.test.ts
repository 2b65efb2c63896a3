import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftWriter, draftKey, forgetDraftsOf, hasContent, readDraft, removeDraft, writeDraft } from './drafts';
import { session } from './session';

beforeEach(() => localStorage.clear());
afterEach(() => vi.useRealTimers());

describe('draft store', () => {
  it('keys a draft by user, form and target, so another account on the device never reads it', () => {
    const alice = draftKey('u-alice', 'proposal', 'new');
    const bob = draftKey('u-bob', 'proposal', 'new');
    expect(alice).not.toBe(bob);
    expect(draftKey('u-alice', 'comment', 'PROPOSAL:1:')).not.toBe(draftKey('u-alice', 'comment', 'PROPOSAL:2:'));
    // Separators inside the parts cannot make two drafts collide.
    expect(draftKey('a:b', 'c', 'd')).not.toBe(draftKey('a', 'b:c', 'd'));

    writeDraft(alice, { 'input.title': ['Des bancs'] }, new Date('2026-11-29T10:00:00Z'));
    expect(readDraft(alice)).toEqual({ values: { 'input.title': ['Des bancs'] }, savedAt: '2026-11-29T10:00:00.000Z' });
    expect(readDraft(bob)).toBeNull();
  });

  it('keeps nothing for a form with no text typed, and removes a draft emptied', () => {
    const key = draftKey('u1', 'proposal', 'new');
    expect(hasContent({ 'input.title': ['  '], 'input.categoryId': [''] })).toBe(false);
    writeDraft(key, { 'input.title': ['  '], 'input.categoryId': [''] });
    expect(localStorage.getItem(key)).toBeNull();
    writeDraft(key, { 'input.title': ['Un titre'] });
    expect(readDraft(key)).not.toBeNull();
    writeDraft(key, { 'input.title': [''] });
    expect(readDraft(key)).toBeNull();
  });

  it('ignores what is not a draft (another version, a hand-edited value)', () => {
    const key = draftKey('u1', 'proposal', 'new');
    localStorage.setItem(key, '{not json');
    expect(readDraft(key)).toBeNull();
    localStorage.setItem(key, JSON.stringify({ values: { title: 'not a list' }, savedAt: 'x' }));
    expect(readDraft(key)).toBeNull();
  });

  it('forgets every draft of one account on sign-out, and only those', () => {
    const mine = [draftKey('u1', 'proposal', 'new'), draftKey('u1', 'comment', 'PROPOSAL:9:'), draftKey('u1', 'service-request', 's1')];
    const theirs = draftKey('u10', 'proposal', 'new'); // an id that starts like u1's
    for (const key of [...mine, theirs]) writeDraft(key, { body: ['texte'] });
    localStorage.setItem('parvis.refreshToken', 'kept by the session');
    forgetDraftsOf('u1');
    for (const key of mine) expect(readDraft(key)).toBeNull();
    expect(readDraft(theirs)).not.toBeNull();
    expect(localStorage.getItem('parvis.refreshToken')).toBe('kept by the session');
    removeDraft(theirs);
    expect(readDraft(theirs)).toBeNull();
  });
});

describe('DraftWriter', () => {
  it('writes once typing pauses, with the last values only', () => {
    vi.useFakeTimers();
    const write = vi.fn(() => true);
    const writer = new DraftWriter(400, write);
    writer.schedule('k', { body: ['B'] });
    vi.advanceTimersByTime(300);
    writer.schedule('k', { body: ['Bo'] });
    vi.advanceTimersByTime(300);
    writer.schedule('k', { body: ['Bon'] });
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith('k', { body: ['Bon'] });
  });

  it('writes at once on flush (the page is hidden), and nothing after cancel (the server has it)', () => {
    vi.useFakeTimers();
    const write = vi.fn(() => true);
    const writer = new DraftWriter(400, write);
    writer.schedule('k', { body: ['Bonjour'] });
    writer.flush();
    expect(write).toHaveBeenCalledWith('k', { body: ['Bonjour'] });
    writer.schedule('k', { body: ['Bonjour !'] });
    writer.cancel();
    vi.advanceTimersByTime(1000);
    writer.flush();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('saves to the device while a session is on it, and drops a save still waiting after sign-out', () => {
    vi.useFakeTimers();
    const writer = new DraftWriter(400);
    const key = draftKey('u1', 'comment', 'PROPOSAL:1:');
    session.set({ accessToken: 'a', refreshToken: 'r', accessTokenExpiresAt: new Date(Date.now() + 60_000).toISOString() });
    writer.schedule(key, { 'input.body': ['Bravo'] });
    expect(readDraft(key)).toBeNull();
    vi.advanceTimersByTime(400);
    expect(readDraft(key)?.values).toEqual({ 'input.body': ['Bravo'] });

    writer.schedule(key, { 'input.body': ['Bravo !'] });
    forgetDraftsOf('u1');
    session.clear();
    vi.advanceTimersByTime(400);
    writer.flush();
    expect(readDraft(key)).toBeNull();
  });
});
