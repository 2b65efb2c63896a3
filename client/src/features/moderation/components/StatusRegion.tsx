import { Notice } from '@/ui';
import type { StatusLine } from '../hooks/usePendingFocus';

/** The polite live region where a page says what a decision did (always rendered, so it is announced). */
export function StatusRegion({ status }: { status: StatusLine | null }) {
  return (
    <div role="status">
      {status && (
        <Notice tone="success">
          <p key={status.n}>{status.text}</p>
        </Notice>
      )}
    </div>
  );
}
