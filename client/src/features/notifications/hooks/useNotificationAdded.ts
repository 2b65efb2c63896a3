import { useEffect, useRef } from 'react';

/** What another feature learns of a notification that just arrived. */
export interface AddedNotification {
  kind: string;
  targetType: string;
  targetId: string;
}

type Listener = (n: AddedNotification) => void;
const listeners = new Set<Listener>();

/** Called by the one `notificationAdded` subscription (the header's unread count) for each arrival. */
export function emitNotificationAdded(n: AddedNotification): void {
  for (const listener of listeners) listener(n);
}

/**
 * Runs `listener` for each notification arriving live to the signed-in viewer, without a second
 * subscription (each one costs the server a read per event): the header's unread count holds the
 * only one, and passes what it receives here (e.g. the suspension banner reads its suspension again).
 */
export function useNotificationAdded(listener: Listener): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    const forward: Listener = (n) => latest.current(n);
    listeners.add(forward);
    return () => {
      listeners.delete(forward);
    };
  }, []);
}
