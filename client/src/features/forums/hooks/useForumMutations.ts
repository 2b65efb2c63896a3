import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  ARCHIVE_FORUM,
  CREATE_FORUM,
  CREATE_FORUM_TOPIC,
  MOVE_FORUM,
  RESTORE_FORUM,
  SET_TOPIC_LOCKED,
  SET_TOPIC_PINNED,
  UPDATE_FORUM,
  UPDATE_FORUM_TOPIC,
} from '../graphql/forums.graphql';

/** The active forums' list in the cache becomes the server's answer, in its order. */
function writeForumList(cache: ApolloCache, ids: readonly string[]) {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: { forums: (_existing, { toReference }) => ids.map((id) => toReference({ __typename: 'Forum', id }) as Reference) },
  });
}

/** The council's archive is fetched again when shown (a forum entered or left it). */
function forgetArchive(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'archivedForums' });
  cache.gc();
}

function appendForum(cache: ApolloCache, id: string) {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      forums: (existing: readonly Reference[] = [], { toReference, readField }) =>
        existing.some((r) => readField('id', r) === id) ? existing : [...existing, toReference({ __typename: 'Forum', id }) as Reference],
    },
  });
}

export function useCreateForum() {
  return useMutation(CREATE_FORUM, {
    update: (cache, { data }) => {
      if (data) appendForum(cache, data.createForum.id);
    },
  });
}

export function useUpdateForum() {
  return useMutation(UPDATE_FORUM);
}

export function useMoveForum() {
  return useMutation(MOVE_FORUM, {
    update: (cache, { data }) => {
      if (data)
        writeForumList(
          cache,
          data.moveForum.map((f) => f.id),
        );
    },
  });
}

export function useArchiveForum() {
  return useMutation(ARCHIVE_FORUM, {
    update: (cache, { data }) => {
      if (!data) return;
      const id = data.archiveForum.id;
      cache.modify({
        id: 'ROOT_QUERY',
        fields: { forums: (existing: readonly Reference[] = [], { readField }) => existing.filter((r) => readField('id', r) !== id) },
      });
      forgetArchive(cache);
    },
    // The others closed the gap: their positions come from the server.
    refetchQueries: ['Forums'],
  });
}

export function useRestoreForum() {
  return useMutation(RESTORE_FORUM, {
    update: (cache, { data }) => {
      if (!data) return;
      appendForum(cache, data.restoreForum.id);
      forgetArchive(cache);
    },
  });
}

/** A new topic enters its forum's lists (fetched again when shown) and counts. */
export function useCreateTopic() {
  return useMutation(CREATE_FORUM_TOPIC, {
    update: (cache, { data }) => {
      if (!data) return;
      const forum = cache.identify({ __typename: 'Forum', id: data.createForumTopic.forum.id });
      cache.evict({ id: forum, fieldName: 'topics' });
      cache.evict({ id: forum, fieldName: 'topicCount' });
      cache.evict({ id: forum, fieldName: 'lastActivityAt' });
      cache.gc();
    },
  });
}

export function useUpdateTopic() {
  return useMutation(UPDATE_FORUM_TOPIC);
}

/** Pinning moves the topic in its forum's lists: they are fetched again when shown. */
export function useSetTopicPinned(forumId: string) {
  return useMutation(SET_TOPIC_PINNED, {
    update: (cache) => {
      cache.evict({ id: cache.identify({ __typename: 'Forum', id: forumId }), fieldName: 'topics' });
      cache.gc();
    },
  });
}

export function useSetTopicLocked() {
  return useMutation(SET_TOPIC_LOCKED);
}
