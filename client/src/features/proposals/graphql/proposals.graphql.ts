import { graphql } from '@/generated';
import type {
  CreateProposalInput,
  ProposalCardFragment,
  ProposalDetailFragment,
  ProposalFormOptionsQuery,
  ProposalStatus,
  SimilarProposalsQuery,
  SupportResultFragment,
} from '@/generated/graphql';

export type { ProposalFilter, ProposalOrderField, ProposalStatus } from '@/generated/graphql';

export const PROPOSAL_STATUSES = [
  'DRAFT',
  'PUBLISHED',
  'UNDER_REVIEW',
  'ACCEPTED',
  'REJECTED',
  'IN_PROGRESS',
  'COMPLETED',
  'WITHDRAWN',
] as const satisfies readonly ProposalStatus[];
/** Proposals per page in lists. */
export const PROPOSALS_PAGE = 20;

// ---------------------------------------------------------------------------------------------
// Lists: only what a card shows (a phone on 3G pays for every field).

/** A proposal as a card shows it (images in the author's order; cards show the first one). */
export type ProposalCardData = ProposalCardFragment;
/** A proposal as its page shows it. */
export type ProposalDetailData = ProposalDetailFragment;
export type ProposalEventData = ProposalDetailFragment['timeline'][number];
export type ProposalFormOptions = ProposalFormOptionsQuery;
export type SimilarProposal = SimilarProposalsQuery['similarProposals'][number];
/** What a support or its withdrawal changes (the optimistic answer has the same fields). */
export type SupportResult = SupportResultFragment;
/** The form's fields, as creating and editing take them (an edit replaces the photos; absent keeps them). */
export type ProposalInput = CreateProposalInput;
/** The statuses the council may answer with. */
export type AnswerStatus = Extract<ProposalStatus, 'UNDER_REVIEW' | 'ACCEPTED' | 'REJECTED'>;

/** One selection of an image everywhere, so cached copies never lack a size. */
export const PROPOSAL_IMAGE = graphql(`
  fragment ProposalImage on Image {
    id
    width
    height
    placeholder
    thumb: url(variant: THUMB)
    large: url(variant: LARGE)
  }
`);

export const PROPOSAL_CARD = graphql(`
  fragment ProposalCard on Proposal {
    id
    title
    status
    hidden
    district
    supportCount
    supportThreshold
    commentCount
    publishedAt
    createdAt
    author {
      id
      displayName
    }
    category {
      id
      name
    }
    images {
      ...ProposalImage
    }
  }
`);

export const PROPOSALS = graphql(`
  query Proposals($first: Int!, $after: String, $filter: ProposalFilter, $orderBy: ProposalOrder) {
    proposals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          ...ProposalCard
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const PROPOSAL_FORM_OPTIONS = graphql(`
  query ProposalFormOptions {
    categories {
      id
      name
    }
    districts
  }
`);

export const SIMILAR_PROPOSALS = graphql(`
  query SimilarProposals($title: String!, $body: String) {
    similarProposals(title: $title, body: $body, first: 5) {
      id
      title
      status
      supportCount
    }
  }
`);

// ---------------------------------------------------------------------------------------------
// One proposal.

export const PROPOSAL_DETAIL = graphql(`
  fragment ProposalDetail on Proposal {
    ...ProposalCard
    body
    hiddenReason
    location {
      lat
      lng
    }
    supportsOpen
    supportDeadline
    thresholdReachedAt
    viewerHasSupported
    followerCount
    viewerIsFollowing
    progress
    updatedAt
    officialAnswer {
      status
      body
      publishedAt
      author {
        id
        displayName
      }
    }
    progressUpdates {
      id
      body
      progress
      createdAt
      author {
        id
        displayName
      }
    }
    timeline {
      id
      kind
      fromStatus
      toStatus
      body
      progress
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

export const PROPOSAL = graphql(`
  query Proposal($id: ID!) {
    proposal(id: $id) {
      ...ProposalDetail
      comments(first: 20) {
        ...CommentThreadConnection
      }
    }
  }
`);

/** The proposal without its comments: to refresh it after a change made elsewhere (threshold reached). */
export const PROPOSAL_DETAIL_ONLY = graphql(`
  query ProposalDetail($id: ID!) {
    proposal(id: $id) {
      ...ProposalDetail
    }
  }
`);

/** The next page of comments (appended by the cache's relay policy on Proposal.comments). */
export const PROPOSAL_COMMENTS = graphql(`
  query ProposalComments($id: ID!, $after: String) {
    proposal(id: $id) {
      id
      comments(first: 20, after: $after) {
        ...CommentThreadConnection
      }
    }
  }
`);

/** The comment count after a comment was added or deleted (the server counts, the client shows). */
export const PROPOSAL_COMMENT_COUNT = graphql(`
  query ProposalCommentCount($id: ID!) {
    proposal(id: $id) {
      id
      commentCount
    }
  }
`);

// ---------------------------------------------------------------------------------------------
// Writing a proposal.

export const CREATE_PROPOSAL = graphql(`
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      ...ProposalDetail
    }
  }
`);

export const UPDATE_PROPOSAL = graphql(`
  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!) {
    updateProposal(id: $id, input: $input) {
      ...ProposalDetail
    }
  }
`);

export const PUBLISH_PROPOSAL = graphql(`
  mutation PublishProposal($id: ID!) {
    publishProposal(id: $id) {
      ...ProposalDetail
    }
  }
`);

export const WITHDRAW_PROPOSAL = graphql(`
  mutation WithdrawProposal($id: ID!) {
    withdrawProposal(id: $id) {
      ...ProposalDetail
    }
  }
`);

// ---------------------------------------------------------------------------------------------
// Supports (the toggle) and the council.

/** What a support or its withdrawal changes (the optimistic answer has the same fields). */
export const SUPPORT_RESULT = graphql(`
  fragment SupportResult on Proposal {
    id
    supportCount
    viewerHasSupported
    followerCount
    viewerIsFollowing
    status
    supportsOpen
    thresholdReachedAt
  }
`);

export const SUPPORT_PROPOSAL = graphql(`
  mutation SupportProposal($id: ID!) {
    supportProposal(id: $id) {
      ...SupportResult
    }
  }
`);

export const WITHDRAW_SUPPORT = graphql(`
  mutation WithdrawSupport($id: ID!) {
    withdrawSupport(id: $id) {
      ...SupportResult
    }
  }
`);

export const ANSWER_PROPOSAL = graphql(`
  mutation AnswerProposal($id: ID!, $input: AnswerProposalInput!) {
    answerProposal(id: $id, input: $input) {
      ...ProposalDetail
    }
  }
`);

export const ADD_PROGRESS_UPDATE = graphql(`
  mutation AddProgressUpdate($id: ID!, $input: ProgressUpdateInput!) {
    addProgressUpdate(id: $id, input: $input) {
      ...ProposalDetail
    }
  }
`);
