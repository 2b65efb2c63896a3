import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { ForumError } from './forum.errors';
import { commentRefusal, editRefusal, mayReadContent, mayReadHidden, TOPIC_EDIT_WINDOW_MS, TopicFacts } from './forum.policy';

const viewer = (id: string, roles: Role[] = [Role.RESIDENT]): Viewer => ({ id, sessionId: 's', displayName: id, roles, departmentIds: [] });
const author = viewer('author');
const opened = new Date('2026-03-01T10:00:00Z');
const topic = (over: Partial<TopicFacts> = {}): TopicFacts => ({
  authorId: 'author',
  locked: false,
  hiddenAt: null,
  commentCount: 0,
  createdAt: opened,
  forumArchived: false,
  ...over,
});
const later = (ms: number) => new Date(opened.getTime() + ms);

describe('forum policy', () => {
  it('lets only the author edit, while nobody has commented or within 15 minutes', () => {
    expect(editRefusal(author, topic(), later(10 * TOPIC_EDIT_WINDOW_MS))).toBeNull();
    expect(editRefusal(author, topic({ commentCount: 3 }), later(TOPIC_EDIT_WINDOW_MS - 1))).toBeNull();
    expect(editRefusal(author, topic({ commentCount: 3 }), later(TOPIC_EDIT_WINDOW_MS))).toBe(ForumError.TOPIC_NOT_EDITABLE);
    expect(editRefusal(viewer('other'), topic(), opened)).toBe(ForumError.NOT_AUTHOR);
    expect(editRefusal(viewer('admin', [Role.ADMIN]), topic(), opened)).toBe(ForumError.NOT_AUTHOR);
    expect(editRefusal(null, topic(), opened)).toBe(ForumError.NOT_AUTHOR);
  });

  it('closes a hidden, locked or archived topic to comments and edits, in that order of reasons', () => {
    expect(commentRefusal(topic())).toBeNull();
    expect(commentRefusal(topic({ locked: true }))).toBe(ForumError.TOPIC_LOCKED);
    expect(commentRefusal(topic({ forumArchived: true }))).toBe(ForumError.FORUM_ARCHIVED);
    expect(commentRefusal(topic({ locked: true, hiddenAt: opened, forumArchived: true }))).toBe(ForumError.TOPIC_HIDDEN);
    expect(editRefusal(author, topic({ locked: true }), opened)).toBe(ForumError.TOPIC_LOCKED);
    expect(editRefusal(author, topic({ hiddenAt: opened }), opened)).toBe(ForumError.TOPIC_HIDDEN);
  });

  it('shows a hidden topic’s content to its author and moderators only', () => {
    const hidden = topic({ hiddenAt: opened });
    expect(mayReadContent(null, topic())).toBe(true);
    expect(mayReadContent(null, hidden)).toBe(false);
    expect(mayReadContent(viewer('other'), hidden)).toBe(false);
    expect(mayReadContent(viewer('council', [Role.COUNCIL]), hidden)).toBe(false);
    expect(mayReadContent(author, hidden)).toBe(true);
    expect(mayReadContent(viewer('mod', [Role.MODERATOR]), hidden)).toBe(true);
    expect(mayReadHidden(viewer('admin', [Role.ADMIN]), hidden)).toBe(true);
  });
});
