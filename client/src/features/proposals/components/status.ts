import type { Tone } from '@/ui';
import type { ProposalStatus } from '../graphql/proposals.graphql';

/** Badge colours; the badge's text always names the status, so colour is never the only cue. */
export const STATUS_TONES: Partial<Record<ProposalStatus, Tone>> = {
  PUBLISHED: 'info',
  UNDER_REVIEW: 'warning',
  ACCEPTED: 'success',
  IN_PROGRESS: 'info',
  COMPLETED: 'success',
  REJECTED: 'danger',
};

/** Statuses a public list can be filtered on (drafts are listed on "My proposals" only). */
export const PUBLIC_STATUSES: ProposalStatus[] = [
  'PUBLISHED',
  'UNDER_REVIEW',
  'ACCEPTED',
  'REJECTED',
  'IN_PROGRESS',
  'COMPLETED',
  'WITHDRAWN',
];
