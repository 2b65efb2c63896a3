import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { bodyVisibleTo, COMMENT_EDIT_WINDOW_MS, editRefusal, replyRefusal, voteRefusal } from './comment.policy';

const viewer = (id: string, roles: Role[] = [Role.RESIDENT]): Viewer => ({ id, sessionId: 's', displayName: id, roles, departmentIds: [] });
const written = new Date('2026-03-01T10:00:00Z');
const live = { authorId: 'a', createdAt: written, deletedAt: null, hiddenAt: null };
const at = (ms: number) => new Date(written.getTime() + ms);

describe('comment policy', () => {
  it('lets the author edit for 15 minutes, then never', () => {
    expect(editRefusal(viewer('a'), live, at(0))).toBeNull();
    expect(editRefusal(viewer('a'), live, at(COMMENT_EDIT_WINDOW_MS - 1))).toBeNull();
    expect(editRefusal(viewer('a'), live, at(COMMENT_EDIT_WINDOW_MS))).toBe('EDIT_WINDOW_CLOSED');
    expect(editRefusal(viewer('b'), live, at(0))).toBe('NOT_AUTHOR');
    expect(editRefusal(viewer('m', [Role.ADMIN]), live, at(0))).toBe('NOT_AUTHOR');
    expect(editRefusal(null, live, at(0))).toBe('NOT_AUTHOR');
    expect(editRefusal(viewer('a'), { ...live, deletedAt: written }, at(0))).toBe('COMMENT_DELETED');
    expect(editRefusal(viewer('a'), { ...live, hiddenAt: written }, at(0))).toBe('COMMENT_HIDDEN');
  });

  it('withholds the text of deleted comments from all, and of hidden ones from the public', () => {
    const hidden = { ...live, hiddenAt: written };
    expect(bodyVisibleTo(null, live)).toBe(true);
    expect(bodyVisibleTo(null, hidden)).toBe(false);
    expect(bodyVisibleTo(viewer('b'), hidden)).toBe(false);
    expect(bodyVisibleTo(viewer('a'), hidden)).toBe(true);
    expect(bodyVisibleTo(viewer('m', [Role.RESIDENT, Role.MODERATOR]), hidden)).toBe(true);
    expect(bodyVisibleTo(viewer('a'), { ...live, deletedAt: written })).toBe(false);
  });

  it('refuses votes and replies on deleted or hidden comments, but always lets a vote be removed', () => {
    expect(voteRefusal(live, 1)).toBeNull();
    expect(voteRefusal({ ...live, deletedAt: written }, -1)).toBe('COMMENT_DELETED');
    expect(voteRefusal({ ...live, hiddenAt: written }, 1)).toBe('COMMENT_HIDDEN');
    expect(voteRefusal({ ...live, hiddenAt: written }, 0)).toBeNull();
    expect(replyRefusal(live)).toBeNull();
    expect(replyRefusal({ ...live, deletedAt: written })).toBe('PARENT_CLOSED');
  });
});
