/** Machine reasons the budgets domain answers with (the client translates them). */
export const BudgetError = {
  /** Unknown edition (NOT_FOUND). */
  BUDGET_NOT_FOUND: 'BUDGET_NOT_FOUND',
  /** Unknown envelope, or not this edition's (NOT_FOUND). */
  ENVELOPE_NOT_FOUND: 'ENVELOPE_NOT_FOUND',
  /** Unknown project, or hidden from this viewer (NOT_FOUND). */
  PROJECT_NOT_FOUND: 'PROJECT_NOT_FOUND',
  /** Only the council runs editions, reviews projects and reports on works (FORBIDDEN). */
  COUNCIL_ONLY: 'COUNCIL_ONLY',
  /** Signed-in residents only (FORBIDDEN). */
  RESIDENT_ONLY: 'RESIDENT_ONLY',
  /** Projects are submitted during the submission phase only (CONFLICT). */
  SUBMISSION_CLOSED: 'SUBMISSION_CLOSED',
  /** Projects are reviewed or merged before voting opens only (CONFLICT). */
  REVIEW_CLOSED: 'REVIEW_CLOSED',
  /** Ballots are cast and changed during the voting phase only (CONFLICT). */
  VOTING_CLOSED: 'VOTING_CLOSED',
  /** Voting has opened: the rules, style, choices, minimum and envelopes no longer change (CONFLICT). */
  RULES_FROZEN: 'RULES_FROZEN',
  /**
   * An envelope corrected below the cost of a project already found feasible in it (CONFLICT, on
   * `input.envelopes.<i>.amount`, with `projectCost`): review that project again first.
   */
  ENVELOPE_BELOW_PROJECT_COST: 'ENVELOPE_BELOW_PROJECT_COST',
  /**
   * A project reviewed as feasible at a cost above its envelope's amount (CONFLICT, on `input.cost`,
   * with `envelopeAmount`): it could never be chosen; raise the envelope first, or review it as not
   * feasible.
   */
  COST_ABOVE_ENVELOPE: 'COST_ABOVE_ENVELOPE',
  /** A merge of two districts that both have an envelope in one edition (CONFLICT): the council decides first. */
  DISTRICT_HAS_ENVELOPES: 'DISTRICT_HAS_ENVELOPES',
  /** The edition is closed: there is no phase to close (CONFLICT). */
  NO_NEXT_PHASE: 'NO_NEXT_PHASE',
  /** The resident may not vote in this envelope: not their district's, nor the city-wide one (FORBIDDEN). */
  ENVELOPE_NOT_ELIGIBLE: 'ENVELOPE_NOT_ELIGIBLE',
  /** A chosen project is not on this envelope's ballot (not feasible, merged, hidden, or another envelope's) (BAD_USER_INPUT). */
  PROJECT_NOT_ON_BALLOT: 'PROJECT_NOT_ON_BALLOT',
  /** KNAPSACK: the chosen projects cost more than the envelope (BAD_USER_INPUT). */
  OVER_BUDGET: 'OVER_BUDGET',
  /** APPROVAL: more projects than the edition's maximum (BAD_USER_INPUT). */
  TOO_MANY_PROJECTS: 'TOO_MANY_PROJECTS',
  /** Fewer projects than the edition's minimum (an empty choice withdraws the vote instead) (BAD_USER_INPUT). */
  BELOW_MINIMUM: 'BELOW_MINIMUM',
  /** The same project twice in one choice (BAD_USER_INPUT). */
  DUPLICATE_PROJECT: 'DUPLICATE_PROJECT',
  /** Works are reported on winning projects only, from the results phase (CONFLICT). */
  NOT_A_WINNER: 'NOT_A_WINNER',
  /** A proposal is turned into a project by its author or the council, once published (FORBIDDEN / CONFLICT). */
  PROPOSAL_NOT_ELIGIBLE: 'PROPOSAL_NOT_ELIGIBLE',
  /** This proposal is already a project of this edition (CONFLICT). */
  PROPOSAL_ALREADY_SUBMITTED: 'PROPOSAL_ALREADY_SUBMITTED',
  /** Merging needs two distinct projects of the same envelope, neither merged (CONFLICT). */
  CANNOT_MERGE: 'CANNOT_MERGE',
  /** Hidden by a moderator (CONFLICT). */
  PROJECT_HIDDEN: 'PROJECT_HIDDEN',
  /** The edition was hidden by a moderator: it takes no project, ballot or comment until restored (CONFLICT). */
  BUDGET_HIDDEN: 'BUDGET_HIDDEN',
} as const;
