import type { MessageTree } from './message-tree';

/**
 * Every feature's French sentences for the server's error reasons (each `messages.ts`'s `errors`
 * subtree, picked at build time by `?errors`: vite.config.ts), in one small module fetched with the
 * first page: a page that loads only its own features' texts may still meet another's reason (a
 * suspended account, a locked topic).
 */
export const errorTrees = import.meta.glob<MessageTree>('../features/*/messages.ts', { import: 'fr', query: '?errors', eager: true });
