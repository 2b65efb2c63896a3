import { makeVar } from '@apollo/client';
import { useReactiveVar } from '@apollo/client/react';

/**
 * What the viewer flagged during this visit (`<viewer id>|<type>:<id>`), so a button met again
 * (another page, back and forth) still reads « Signalé ». The API says nothing of past flags: after
 * a reload the button offers to flag again, which the server takes as the same flag (one per
 * person and item) and answers the same.
 */
const reported = makeVar<ReadonlySet<string>>(new Set());

const keyOf = (viewerId: string, type: string, id: string) => `${viewerId}|${type}:${id}`;

export function markReported(viewerId: string, type: string, id: string): void {
  reported(new Set([...reported(), keyOf(viewerId, type, id)]));
}

export function useReported(viewerId: string | undefined, type: string, id: string): boolean {
  const set = useReactiveVar(reported);
  return viewerId ? set.has(keyOf(viewerId, type, id)) : false;
}
