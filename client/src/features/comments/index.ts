/** The reusable comment thread of any commentable target (the server serves proposals). */
export { CommentThread } from './components/CommentThread';
export type { CommentTarget } from './components/CommentForm';
export { COMMENT_THREAD_CONNECTION, type CommentThreadConnection, type CommentTargetType } from './graphql/comments.graphql';
