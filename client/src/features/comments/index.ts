/** The reusable comment thread (proposals, forum topics, consultations). */
export { CommentThread } from './components/CommentThread';
export type { CommentTarget } from './components/CommentForm';
export { COMMENT_THREAD_CONNECTION, type CommentThreadConnection, type CommentTargetType } from './graphql/comments.graphql';
