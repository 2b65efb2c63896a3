import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestApp } from '../harness/test-app';

/**
 * The public API is a contract (shared/API.md): its printed schema is committed as schema.graphql,
 * so every change to it shows in review. After an intended change, refresh the file with
 * `UPDATE_SCHEMA=1 npx jest test/e2e/schema`.
 */
describe('GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  it('matches the committed schema.graphql', () => {
    const printed = printSchema(lexicographicSortSchema(t.get<GraphQLSchemaHost>(GraphQLSchemaHost).schema)) + '\n';
    const file = join(__dirname, '..', '..', 'schema.graphql');
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, printed);
    expect(existsSync(file)).toBe(true);
    expect(printed).toBe(readFileSync(file, 'utf8'));
  });

  it('keeps the names of shared/API.md', () => {
    const schema = t.get<GraphQLSchemaHost>(GraphQLSchemaHost).schema;
    const fields = (type: 'Query' | 'Mutation' | 'Subscription') => Object.keys((schema.getType(type) as GraphQLObjectType).getFields());
    expect(fields('Query')).toEqual(
      expect.arrayContaining([
        'me',
        'proposals',
        'proposal',
        'similarProposals',
        'services',
        'serviceRequest',
        'serviceRequestByReference',
        'myServiceRequests',
        'serviceRequests',
        'notifications',
        'unreadNotificationCount',
        'departments',
        'categories',
        'districts',
        'mySessions',
      ]),
    );
    expect(fields('Mutation')).toEqual(
      expect.arrayContaining([
        'register',
        'login',
        'refreshSession',
        'logout',
        'grantRole',
        'changePassword',
        'revokeSession',
        'revokeOtherSessions',
        'createProposal',
        'updateProposal',
        'publishProposal',
        'supportProposal',
        'withdrawSupport',
        'answerProposal',
        'addProgressUpdate',
        'addComment',
        'voteComment',
        'createServiceRequest',
        'changeServiceRequestStatus',
        'assignServiceRequest',
        'addServiceRequestNote',
        'rateServiceRequest',
        'replyToServiceRequest',
        'markServiceRequestDuplicate',
        'reopenServiceRequest',
        'follow',
        'unfollow',
        'markNotificationsRead',
        'createDepartment',
        'createService',
        'createCategory',
      ]),
    );
    expect(fields('Subscription')).toEqual(expect.arrayContaining(['serviceRequestUpdated', 'notificationAdded']));
  });
});
