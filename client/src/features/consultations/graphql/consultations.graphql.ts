// Typed by codegen (`npm run codegen --workspace client` after any change; a unit test fails on drift).
import { graphql } from '@/generated';
import type {
  ConsultationCardFragment,
  ConsultationDetailFragment,
  ConsultationResultsFragment,
  QuestionFieldsFragment,
} from '@/generated/graphql';

export type { ConsultationState, QuestionKind, ResultsVisibility, AnswerInput, QuestionInput } from '@/generated/graphql';

export const CONSULTATION_STATES = ['OPEN', 'UPCOMING', 'CLOSED'] as const;
/** Consultations per page in lists. */
export const CONSULTATIONS_PAGE = 20;

export type ConsultationCardData = ConsultationCardFragment;
export type ConsultationDetailData = ConsultationDetailFragment;
export type QuestionData = QuestionFieldsFragment;
export type QuestionResultData = NonNullable<ConsultationResultsFragment['results']>[number];

/** A consultation as a list shows it. */
export const CONSULTATION_CARD = graphql(`
  fragment ConsultationCard on Consultation {
    id
    title
    state
    opensAt
    closesAt
    responseCount
  }
`);

export const CONSULTATIONS = graphql(`
  query Consultations($first: Int!, $after: String, $filter: ConsultationFilter) {
    consultations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ConsultationCard
        }
      }
    }
  }
`);

export const QUESTION_FIELDS = graphql(`
  fragment QuestionFields on Question {
    id
    position
    kind
    prompt
    required
    maxChoices
    maxLength
    scaleMin
    scaleMax
    scaleMinLabel
    scaleMaxLabel
    options {
      id
      label
      position
    }
  }
`);

export const CONSULTATION_RESULTS = graphql(`
  fragment ConsultationResults on Consultation {
    id
    results {
      questionId
      kind
      responseCount
      scaleAverage
      scaleDistribution
      options {
        optionId
        label
        count
        share
        averageRank
      }
      texts(first: 20) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        edges {
          cursor
          node {
            text
          }
        }
      }
    }
  }
`);

/** A consultation as its page shows it (results are fetched by the results section, with the chart code). */
export const CONSULTATION_DETAIL = graphql(`
  fragment ConsultationDetail on Consultation {
    id
    title
    description
    state
    opensAt
    closesAt
    createdAt
    districts
    resultsVisibility
    responseCount
    commentCount
    followerCount
    viewerIsFollowing
    viewerHasResponded
    responsesCsvUrl
    viewerCanRespond {
      allowed
      reason
    }
    documents {
      id
      title
      filename
      size
      url
    }
    conclusion {
      body
      publishedAt
      author {
        id
        displayName
      }
    }
    questions {
      ...QuestionFields
    }
    viewerResponse {
      id
      submittedAt
      answers {
        questionId
        optionIds
        ranking
        scale
        text
      }
    }
  }
`);

export const CONSULTATION = graphql(`
  query Consultation($id: ID!) {
    consultation(id: $id) {
      ...ConsultationDetail
      comments(first: 20) {
        ...CommentThreadConnection
      }
    }
  }
`);

/** The next page of comments (appended by the cache's relay policy on Consultation.comments). */
export const CONSULTATION_COMMENTS = graphql(`
  query ConsultationComments($id: ID!, $after: String) {
    consultation(id: $id) {
      id
      comments(first: 20, after: $after) {
        ...CommentThreadConnection
      }
    }
  }
`);

export const CONSULTATION_COMMENT_COUNT = graphql(`
  query ConsultationCommentCount($id: ID!) {
    consultation(id: $id) {
      id
      commentCount
    }
  }
`);

export const CONSULTATION_RESULTS_QUERY = graphql(`
  query ConsultationResultsPage($id: ID!) {
    consultation(id: $id) {
      ...ConsultationResults
    }
  }
`);

/** The next page of one free-text question's answers. */
export const FREE_TEXTS = graphql(`
  query ConsultationFreeTexts($id: ID!, $after: String) {
    consultation(id: $id) {
      id
      results {
        questionId
        texts(first: 20, after: $after) {
          totalCount
          pageInfo {
            ...PageInfoFields
          }
          edges {
            cursor
            node {
              text
            }
          }
        }
      }
    }
  }
`);

export const SUBMIT_RESPONSE = graphql(`
  mutation SubmitConsultationResponse($input: SubmitConsultationResponseInput!) {
    submitConsultationResponse(input: $input) {
      id
      submittedAt
      answers {
        questionId
        optionIds
        ranking
        scale
        text
      }
      consultation {
        id
        responseCount
        viewerHasResponded
        viewerCanRespond {
          allowed
          reason
        }
      }
    }
  }
`);

export const DISTRICTS = graphql(`
  query ConsultationDistricts {
    districts
  }
`);

export const CREATE_CONSULTATION = graphql(`
  mutation CreateConsultation($input: CreateConsultationInput!) {
    createConsultation(input: $input) {
      ...ConsultationDetail
    }
  }
`);

export const UPDATE_CONSULTATION = graphql(`
  mutation UpdateConsultation($id: ID!, $input: UpdateConsultationInput!) {
    updateConsultation(id: $id, input: $input) {
      ...ConsultationDetail
    }
  }
`);

export const CLOSE_CONSULTATION = graphql(`
  mutation CloseConsultation($id: ID!) {
    closeConsultation(id: $id) {
      ...ConsultationDetail
    }
  }
`);

export const PUBLISH_CONCLUSION = graphql(`
  mutation PublishConclusion($id: ID!, $body: String!) {
    publishConclusion(id: $id, body: $body) {
      ...ConsultationDetail
    }
  }
`);
