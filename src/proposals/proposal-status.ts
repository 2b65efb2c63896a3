import { registerEnumType } from '@nestjs/graphql';

/** Where a proposal stands in its life (see proposal.policy.ts for the allowed transitions). */
export enum ProposalStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description:
    'DRAFT (its author only) → PUBLISHED → UNDER_REVIEW → ACCEPTED or REJECTED → IN_PROGRESS → COMPLETED; WITHDRAWN by its author before an answer.',
  valuesMap: {
    DRAFT: { description: 'Being written; visible to its author only.' },
    PUBLISHED: { description: 'Public and collecting supports.' },
    UNDER_REVIEW: { description: 'Examined by the council (support threshold reached, or put under review by the council).' },
    ACCEPTED: { description: 'Accepted by the council, with an official answer.' },
    REJECTED: { description: 'Rejected by the council, with an official answer.' },
    IN_PROGRESS: { description: 'Being carried out; see progress updates.' },
    COMPLETED: { description: 'Done.' },
    WITHDRAWN: { description: 'Withdrawn by its author.' },
  },
});

/** What happened to a proposal, as its public timeline tells it. */
export enum ProposalEventKind {
  PUBLISHED = 'PUBLISHED',
  THRESHOLD_REACHED = 'THRESHOLD_REACHED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ANSWERED = 'ANSWERED',
  PROGRESS_UPDATE = 'PROGRESS_UPDATE',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(ProposalEventKind, {
  name: 'ProposalEventKind',
  description: 'A step of a proposal’s public timeline.',
  valuesMap: {
    PUBLISHED: { description: 'Its author published it.' },
    THRESHOLD_REACHED: { description: 'It reached the support threshold (and went under review if it was only published).' },
    UNDER_REVIEW: { description: 'The council put it under review, with a message.' },
    ANSWERED: { description: 'The council’s official answer: accepted or rejected.' },
    PROGRESS_UPDATE: { description: 'A dated progress update with a percentage.' },
    COMPLETED: { description: 'The council marked it completed.' },
    WITHDRAWN: { description: 'Its author withdrew it.' },
  },
});
