// Typed by codegen (`npm run codegen --workspace client` after any change; a unit test fails on drift).
import { graphql } from '@/generated';
import type { BudgetDetailFragment, BudgetProjectDetailFragment, BudgetProjectRowFragment } from '@/generated/graphql';

export type { BudgetPhase, BudgetProjectStatus } from '@/generated/graphql';
export type BudgetDetailData = BudgetDetailFragment;
export type BudgetProjectRowData = BudgetProjectRowFragment;
export type BudgetProjectDetailData = BudgetProjectDetailFragment;

/** Editions per page of the list. */
export const BUDGETS_PAGE = 20;

export const BUDGET_IMAGE = graphql(`
  fragment BudgetImage on Image {
    id
    width
    height
    placeholder
    thumb: url(variant: THUMB)
    large: url(variant: LARGE)
  }
`);

export const BUDGETS = graphql(`
  query Budgets($first: Int!, $after: String) {
    budgets(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          title
          phase
          totalAmount
          voterCount
          phases {
            phase
            startsAt
            endsAt
          }
        }
      }
    }
  }
`);

/** A project as an envelope lists it (the ballot and the results use the same row). */
export const BUDGET_PROJECT_ROW = graphql(`
  fragment BudgetProjectRow on BudgetProject {
    id
    title
    status
    estimatedCost
    cost
    voteCount
    progress
  }
`);

export const BUDGET_DETAIL = graphql(`
  fragment BudgetDetail on Budget {
    id
    title
    description
    rules
    totalAmount
    phase
    votingStyle
    maxChoices
    minProjects
    voterCount
    progress
    rulesEditable
    commentCount
    followerCount
    viewerIsFollowing
    comments(first: 20) {
      ...CommentThreadConnection
    }
    phases {
      phase
      startsAt
      endsAt
    }
    participation {
      district
      voters
      residents
      share
    }
    turnout {
      voters
      residents
      share
    }
    viewerBallot {
      envelopeId
      projectId
    }
    envelopes {
      id
      name
      district
      amount
      projects(first: 100) {
        totalCount
        edges {
          node {
            ...BudgetProjectRow
          }
        }
      }
      results {
        rank
        votes
        selected
        project {
          ...BudgetProjectRow
        }
      }
    }
  }
`);

export const BUDGET = graphql(`
  query Budget($id: ID!) {
    budget(id: $id) {
      ...BudgetDetail
    }
  }
`);

export const BUDGET_COMMENTS = graphql(`
  query BudgetComments($id: ID!, $after: String) {
    budget(id: $id) {
      id
      comments(first: 20, after: $after) {
        ...CommentThreadConnection
      }
    }
  }
`);

export const BUDGET_COMMENT_COUNT = graphql(`
  query BudgetCommentCount($id: ID!) {
    budget(id: $id) {
      id
      commentCount
    }
  }
`);

export const BUDGET_PROJECT_DETAIL = graphql(`
  fragment BudgetProjectDetail on BudgetProject {
    id
    title
    description
    status
    estimatedCost
    cost
    reviewNote
    voteCount
    progress
    actualCost
    hidden
    hiddenReason
    commentCount
    createdAt
    followerCount
    viewerIsFollowing
    location {
      lat
      lng
      address
    }
    author {
      id
      displayName
    }
    envelope {
      id
      name
    }
    budget {
      id
      title
      phase
    }
    mergedInto {
      id
      title
    }
    proposal {
      id
      title
    }
    images {
      ...BudgetImage
    }
    updates(first: 20) {
      totalCount
      edges {
        node {
          id
          body
          progress
          actualCost
          createdAt
          images {
            ...BudgetImage
          }
        }
      }
    }
    comments(first: 20) {
      ...CommentThreadConnection
    }
  }
`);

export const BUDGET_PROJECT = graphql(`
  query BudgetProject($id: ID!) {
    budgetProject(id: $id) {
      ...BudgetProjectDetail
    }
  }
`);

export const BUDGET_PROJECT_COMMENTS = graphql(`
  query BudgetProjectComments($id: ID!, $after: String) {
    budgetProject(id: $id) {
      id
      comments(first: 20, after: $after) {
        ...CommentThreadConnection
      }
    }
  }
`);

export const BUDGET_PROJECT_COMMENT_COUNT = graphql(`
  query BudgetProjectCommentCount($id: ID!) {
    budgetProject(id: $id) {
      id
      commentCount
    }
  }
`);

export const SUBMIT_BUDGET_PROJECT = graphql(`
  mutation SubmitBudgetProject($input: SubmitBudgetProjectInput!) {
    submitBudgetProject(input: $input) {
      id
    }
  }
`);

export const REVIEW_BUDGET_PROJECT = graphql(`
  mutation ReviewBudgetProject($id: ID!, $input: ReviewBudgetProjectInput!) {
    reviewBudgetProject(id: $id, input: $input) {
      ...BudgetProjectDetail
    }
  }
`);

export const ADD_BUDGET_PROJECT_UPDATE = graphql(`
  mutation AddBudgetProjectUpdate($id: ID!, $input: BudgetProjectUpdateInput!) {
    addBudgetProjectUpdate(id: $id, input: $input) {
      ...BudgetProjectDetail
    }
  }
`);

export const SET_BALLOT = graphql(`
  mutation SetBallot($budgetId: ID!, $envelopeId: ID!, $projectIds: [ID!]!) {
    setBallot(budgetId: $budgetId, envelopeId: $envelopeId, projectIds: $projectIds) {
      id
      voterCount
      viewerBallot {
        envelopeId
        projectId
      }
    }
  }
`);

export const ADVANCE_BUDGET_PHASE = graphql(`
  mutation AdvanceBudgetPhase($id: ID!) {
    advanceBudgetPhase(id: $id) {
      ...BudgetDetail
    }
  }
`);

export const BUDGET_FORM_OPTIONS = graphql(`
  query BudgetFormOptions {
    districts
  }
`);

export const CREATE_BUDGET = graphql(`
  mutation CreateBudget($input: CreateBudgetInput!) {
    createBudget(input: $input) {
      ...BudgetDetail
    }
  }
`);

export const MERGE_CANDIDATES = graphql(`
  query BudgetMergeCandidates($id: ID!) {
    budget(id: $id) {
      id
      envelopes {
        id
        projects(first: 100) {
          edges {
            node {
              id
              title
              status
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
`);

export const MERGE_BUDGET_PROJECTS = graphql(`
  mutation MergeBudgetProjects($id: ID!, $intoId: ID!, $note: String!) {
    mergeBudgetProjects(id: $id, intoId: $intoId, note: $note) {
      ...BudgetProjectDetail
    }
  }
`);

export const UPDATE_BUDGET = graphql(`
  mutation UpdateBudget($id: ID!, $input: UpdateBudgetInput!) {
    updateBudget(id: $id, input: $input) {
      ...BudgetDetail
    }
  }
`);
