import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';

@ObjectType('ApiKey', {
  description:
    'An Open311 API key (admins only). The key itself is shown once, when created; only its SHA-256 is kept. ' +
    'Requests posted with it are filed as the placeholder account "Open311 · <name>".',
})
export class ApiKeyObject {
  @Field(() => ID, { description: 'Stable id (what revokeOpen311ApiKey takes).' }) id: string;
  @Field({ description: 'Who uses it (the client application), as the admin named it.' }) name: string;
  @Field({ description: 'When it was created.' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When a request was last posted with it (null: never).' }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was revoked (null: active).' }) revokedAt: Date | null;
}

@ArgsType()
export class CreateApiKeyArgs {
  @Field({ description: 'Who will use the key (the client application), 1 to 80 characters.' })
  @IsString()
  @Matches(/\S/, { message: 'must not be empty' })
  @MaxLength(80)
  name: string;
}

@ArgsType()
export class RevokeApiKeyArgs {
  @Field(() => ID, { description: 'The key to revoke.' }) @IsString() @MaxLength(100) id: string;
}
