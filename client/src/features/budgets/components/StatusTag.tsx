import { StatusBadge, type Tone } from '@/ui';

const TONES: Partial<Record<string, Tone>> = {
  FEASIBLE: 'info',
  NOT_FEASIBLE: 'danger',
  SELECTED: 'success',
  IN_PROGRESS: 'info',
  COMPLETED: 'success',
  NOT_SELECTED: 'neutral',
};

/** A project's status in words (the tone only repeats it). */
export function StatusTag({ status }: { status: string }) {
  return <StatusBadge status={status} namespace="budgets.status" tones={TONES} />;
}
