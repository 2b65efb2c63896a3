import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../auth/role';
import { Connection } from '../../graphql/pagination';

@ObjectType('User', { description: 'A person with an account. E-mail is shown only to the user and to admins.' })
export class UserObject {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => [Role]) roles: Role[];
  @Field(() => String, { nullable: true }) district: string | null;
  @Field() createdAt: Date;
  /** Resolved by a field resolver that checks who asks. */
  email?: string | null;
}

@ObjectType('UserConnection')
export class UserConnection extends Connection(UserObject, 'User') {}

@ObjectType('AuthPayload', { description: 'Tokens for a new or renewed session.' })
export class AuthPayload {
  @Field({ description: 'Short-lived JWT for `Authorization: Bearer`.' }) accessToken: string;
  @Field({ description: 'Single-use token for refreshSession; keep it secret.' }) refreshToken: string;
  @Field({ description: 'When the access token expires.' }) accessTokenExpiresAt: Date;
  @Field(() => UserObject) user: UserObject;
}

@ObjectType('Session', { description: 'A device where the user is signed in.' })
export class SessionObject {
  @Field(() => ID) id: string;
  @Field() createdAt: Date;
  @Field() lastUsedAt: Date;
  @Field(() => String, { nullable: true }) userAgent: string | null;
  @Field({ description: 'The session this request is made from.' }) current: boolean;
}
