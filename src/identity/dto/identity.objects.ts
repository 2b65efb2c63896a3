import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../auth/role';
import { Connection } from '../../graphql/pagination';

@ObjectType('User', { description: 'A person with an account. E-mail is shown only to the user and to admins.' })
export class UserObject {
  @Field(() => ID, { description: 'Opaque identifier.' }) id: string;
  @Field({ description: 'Name shown beside what the user writes.' }) displayName: string;
  /** Resolved by a field resolver that checks who asks (roles tell who is staff). */
  roles: Role[];
  @Field(() => String, { nullable: true, description: "The user's district, if given." }) district: string | null;
  @Field({ description: 'When the account was created.' }) createdAt: Date;
  /** Resolved by a field resolver that checks who asks. */
  email?: string | null;
  /** Resolved by field resolvers that check who asks. */
  locale?: string | null;
  emailVerified?: boolean;
}

@ObjectType('UserConnection', { description: 'A page of users.' })
export class UserConnection extends Connection(UserObject, 'User') {}

@ObjectType('AuthPayload', { description: 'Tokens for a new or renewed session.' })
export class AuthPayload {
  @Field({ description: 'Short-lived JWT for `Authorization: Bearer`.' }) accessToken: string;
  @Field({ description: 'Single-use token for refreshSession; keep it secret.' }) refreshToken: string;
  @Field({ description: 'When the access token expires.' }) accessTokenExpiresAt: Date;
  @Field(() => UserObject, { description: 'The signed-in user.' }) user: UserObject;
}

@ObjectType('Session', { description: 'A device where the user is signed in.' })
export class SessionObject {
  @Field(() => ID, { description: 'Opaque identifier (for revokeSession).' }) id: string;
  @Field({ description: 'When the user signed in on this device.' }) createdAt: Date;
  @Field({ description: 'Last time its tokens were refreshed.' }) lastUsedAt: Date;
  @Field(() => String, { nullable: true, description: 'The browser or app, as it named itself.' }) userAgent: string | null;
  @Field({ description: 'The session this request is made from.' }) current: boolean;
}
