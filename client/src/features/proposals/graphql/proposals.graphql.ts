import { gql, type TypedDocumentNode } from '@apollo/client';
import { PAGE_INFO, type Connection } from '@/app';
import { COMMENT_THREAD_CONNECTION, type CommentThreadConnection } from '@/features/comments';
import type { GalleryImage } from '@/ui';

export const PROPOSAL_STATUSES = [
  'DRAFT',
  'PUBLISHED',
  'UNDER_REVIEW',
  'ACCEPTED',
  'REJECTED',
  'IN_PROGRESS',
  'COMPLETED',
  'WITHDRAWN',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export type ProposalEventKind =
  'PUBLISHED' | 'THRESHOLD_REACHED' | 'UNDER_REVIEW' | 'ANSWERED' | 'PROGRESS_UPDATE' | 'COMPLETED' | 'WITHDRAWN';
export type ProposalOrderField = 'CREATED_AT' | 'SUPPORTS' | 'COMMENTS';

interface Person {
  id: string;
  displayName: string;
}

/** Comments per page on a proposal. */
export const COMMENTS_PAGE = 20;
/** Proposals per page in lists. */
export const PROPOSALS_PAGE = 20;

// ---------------------------------------------------------------------------------------------
// Lists: only what a card shows (a phone on 3G pays for every field).

export interface ProposalCardData {
  id: string;
  title: string;
  status: ProposalStatus;
  district: string | null;
  supportCount: number;
  supportThreshold: number;
  commentCount: number;
  publishedAt: string | null;
  createdAt: string;
  author: Person;
  category: { id: string; name: string } | null;
  /** In the author's order; cards show the first one. */
  images: GalleryImage[];
}

/** One selection of an image everywhere, so cached copies never lack a size. */
const PROPOSAL_IMAGE = gql`
  fragment ProposalImage on Image {
    id
    width
    height
    placeholder
    thumb: url(variant: THUMB)
    large: url(variant: LARGE)
  }
`;

const PROPOSAL_CARD = gql`
  fragment ProposalCard on Proposal {
    id
    title
    status
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
  ${PROPOSAL_IMAGE}
`;

export interface ProposalFilter {
  status?: ProposalStatus | null;
  categoryId?: string | null;
  district?: string | null;
  search?: string | null;
  authorId?: string | null;
}

export interface ProposalsVars {
  first: number;
  after?: string | null;
  filter?: ProposalFilter;
  orderBy?: { field: ProposalOrderField; direction: 'ASC' | 'DESC' };
}

export interface ProposalsData {
  proposals: Connection<ProposalCardData>;
}

export const PROPOSALS: TypedDocumentNode<ProposalsData, ProposalsVars> = gql`
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
  ${PROPOSAL_CARD}
  ${PAGE_INFO}
`;

export interface ProposalFormOptions {
  categories: { id: string; name: string }[];
  districts: string[];
}

export const PROPOSAL_FORM_OPTIONS: TypedDocumentNode<ProposalFormOptions, Record<string, never>> = gql`
  query ProposalFormOptions {
    categories {
      id
      name
    }
    districts
  }
`;

export interface SimilarProposal {
  id: string;
  title: string;
  status: ProposalStatus;
  supportCount: number;
}

export const SIMILAR_PROPOSALS: TypedDocumentNode<{ similarProposals: SimilarProposal[] }, { title: string; body?: string | null }> = gql`
  query SimilarProposals($title: String!, $body: String) {
    similarProposals(title: $title, body: $body, first: 5) {
      id
      title
      status
      supportCount
    }
  }
`;

// ---------------------------------------------------------------------------------------------
// One proposal.

export interface ProposalEventData {
  id: string;
  kind: ProposalEventKind;
  fromStatus: ProposalStatus | null;
  toStatus: ProposalStatus | null;
  body: string | null;
  progress: number | null;
  createdAt: string;
  author: Person | null;
}

export interface ProposalDetailData extends ProposalCardData {
  body: string;
  location: { lat: number; lng: number } | null;
  supportsOpen: boolean;
  supportDeadline: string | null;
  thresholdReachedAt: string | null;
  viewerHasSupported: boolean;
  /** Its author from creation, each supporter from their support, and those who chose to (until they unfollow). */
  followerCount: number;
  viewerIsFollowing: boolean;
  progress: number;
  updatedAt: string;
  officialAnswer: { status: ProposalStatus; body: string; publishedAt: string; author: Person } | null;
  progressUpdates: { id: string; body: string; progress: number; createdAt: string; author: Person | null }[];
  timeline: ProposalEventData[];
}

const PROPOSAL_DETAIL = gql`
  fragment ProposalDetail on Proposal {
    ...ProposalCard
    body
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
  ${PROPOSAL_CARD}
`;

export interface ProposalPageData {
  proposal: (ProposalDetailData & { comments: CommentThreadConnection }) | null;
}

export const PROPOSAL: TypedDocumentNode<ProposalPageData, { id: string }> = gql`
  query Proposal($id: ID!) {
    proposal(id: $id) {
      ...ProposalDetail
      comments(first: ${COMMENTS_PAGE}) {
        ...CommentThreadConnection
      }
    }
  }
  ${PROPOSAL_DETAIL}
  ${COMMENT_THREAD_CONNECTION}
`;

/** The proposal without its comments: to refresh it after a change made elsewhere (threshold reached). */
export const PROPOSAL_DETAIL_ONLY: TypedDocumentNode<{ proposal: ProposalDetailData | null }, { id: string }> = gql`
  query ProposalDetail($id: ID!) {
    proposal(id: $id) {
      ...ProposalDetail
    }
  }
  ${PROPOSAL_DETAIL}
`;

/** The next page of comments (appended by the cache's relay policy on Proposal.comments). */
export const PROPOSAL_COMMENTS: TypedDocumentNode<
  { proposal: { id: string; comments: CommentThreadConnection } | null },
  { id: string; after: string | null }
> = gql`
  query ProposalComments($id: ID!, $after: String) {
    proposal(id: $id) {
      id
      comments(first: ${COMMENTS_PAGE}, after: $after) {
        ...CommentThreadConnection
      }
    }
  }
  ${COMMENT_THREAD_CONNECTION}
`;

/** The comment count after a comment was added or deleted (the server counts, the client shows). */
export const PROPOSAL_COMMENT_COUNT: TypedDocumentNode<{ proposal: { id: string; commentCount: number } | null }, { id: string }> = gql`
  query ProposalCommentCount($id: ID!) {
    proposal(id: $id) {
      id
      commentCount
    }
  }
`;

// ---------------------------------------------------------------------------------------------
// Writing a proposal.

export interface ProposalInput {
  title: string;
  body: string;
  categoryId: string | null;
  district: string | null;
  location: { lat: number; lng: number } | null;
  /** The photos, in order (an edit replaces them all; absent keeps them). */
  imageIds?: string[];
}

export const CREATE_PROPOSAL: TypedDocumentNode<{ createProposal: ProposalDetailData }, { input: ProposalInput }> = gql`
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      ...ProposalDetail
    }
  }
  ${PROPOSAL_DETAIL}
`;

export const UPDATE_PROPOSAL: TypedDocumentNode<{ updateProposal: ProposalDetailData }, { id: string; input: ProposalInput }> = gql`
  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!) {
    updateProposal(id: $id, input: $input) {
      ...ProposalDetail
    }
  }
  ${PROPOSAL_DETAIL}
`;

export const PUBLISH_PROPOSAL: TypedDocumentNode<{ publishProposal: ProposalDetailData }, { id: string }> = gql`
  mutation PublishProposal($id: ID!) {
    publishProposal(id: $id) {
      ...ProposalDetail
    }
  }
  ${PROPOSAL_DETAIL}
`;

export const WITHDRAW_PROPOSAL: TypedDocumentNode<{ withdrawProposal: ProposalDetailData }, { id: string }> = gql`
  mutation WithdrawProposal($id: ID!) {
    withdrawProposal(id: $id) {
      ...ProposalDetail
    }
  }
  ${PROPOSAL_DETAIL}
`;

// ---------------------------------------------------------------------------------------------
// Supports (the toggle) and the council.

export interface SupportResult {
  __typename: 'Proposal';
  id: string;
  supportCount: number;
  viewerHasSupported: boolean;
  /** A new supporter follows the proposal too (withdrawing the support does not unfollow). */
  followerCount: number;
  viewerIsFollowing: boolean;
  status: ProposalStatus;
  supportsOpen: boolean;
  thresholdReachedAt: string | null;
}

/** What a support or its withdrawal changes (the optimistic answer has the same fields). */
const SUPPORT_RESULT = gql`
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
`;

export const SUPPORT_PROPOSAL: TypedDocumentNode<{ supportProposal: SupportResult }, { id: string }> = gql`
  mutation SupportProposal($id: ID!) {
    supportProposal(id: $id) {
      ...SupportResult
    }
  }
  ${SUPPORT_RESULT}
`;

export const WITHDRAW_SUPPORT: TypedDocumentNode<{ withdrawSupport: SupportResult }, { id: string }> = gql`
  mutation WithdrawSupport($id: ID!) {
    withdrawSupport(id: $id) {
      ...SupportResult
    }
  }
  ${SUPPORT_RESULT}
`;

export type AnswerStatus = 'UNDER_REVIEW' | 'ACCEPTED' | 'REJECTED';

export const ANSWER_PROPOSAL: TypedDocumentNode<
  { answerProposal: ProposalDetailData },
  { id: string; input: { status: AnswerStatus; body: string } }
> = gql`
  mutation AnswerProposal($id: ID!, $input: AnswerProposalInput!) {
    answerProposal(id: $id, input: $input) {
      ...ProposalDetail
    }
  }
  ${PROPOSAL_DETAIL}
`;

export const ADD_PROGRESS_UPDATE: TypedDocumentNode<
  { addProgressUpdate: ProposalDetailData },
  { id: string; input: { body: string; progress: number; status: 'IN_PROGRESS' | 'COMPLETED' | null } }
> = gql`
  mutation AddProgressUpdate($id: ID!, $input: ProgressUpdateInput!) {
    addProgressUpdate(id: $id, input: $input) {
      ...ProposalDetail
    }
  }
  ${PROPOSAL_DETAIL}
`;
