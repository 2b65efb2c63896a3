import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role } from '../../auth/role';
import { Language } from '../../commune/dto/commune-setup.enums';

/** E-mail addresses are compared trimmed (pasted addresses often end with a space). */
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

@InputType({ description: 'A new resident account.' })
export class RegisterInput {
  @Field({ description: 'Used to sign in; never shown to others.' })
  @Transform(trim)
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field({ description: `${PASSWORD_MIN} to ${PASSWORD_MAX} characters.` })
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  password: string;

  @Field({ description: 'Name shown beside what the user writes.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  displayName: string;

  @Field({ nullable: true, description: "One of the commune's districts." })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  district?: string;

  @Field(() => Language, {
    nullable: true,
    description: "The language of the account's e-mails (the interface's language at sign-up); default the commune's.",
  })
  @IsOptional()
  @IsEnum(Language)
  locale?: Language;
}

@InputType({ description: 'E-mail and password.' })
export class LoginInput {
  @Field({ description: 'The account’s e-mail (any case).' })
  @Transform(trim)
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;
  @Field({ description: 'The account’s password.' }) @IsString() @IsNotEmpty() @MaxLength(PASSWORD_MAX) password: string;
}

@ArgsType()
export class GrantRoleArgs {
  @Field(() => ID, { description: 'The account.' }) @IsUUID() userId: string;
  @Field(() => Role, { description: 'The role.' }) @IsEnum(Role) role: Role;
  @Field(() => ID, { nullable: true, description: 'For AGENT: the department.' }) @IsOptional() @IsUUID() departmentId?: string;
}

@ArgsType()
export class SetMyLocaleArgs {
  @Field(() => Language, { description: "The language of the viewer's e-mails." }) @IsEnum(Language) locale: Language;
}

@ArgsType()
export class TokenArgs {
  @Field({ description: 'The token of the link the e-mail carried.' }) @IsString() @MaxLength(200) token: string;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field({ description: 'The address of the account.' })
  @Transform(trim)
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;
}

@ArgsType()
export class ResetPasswordArgs extends TokenArgs {
  @Field({ description: `The new password, ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.` })
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  newPassword: string;
}

@ArgsType()
export class RequestEmailChangeArgs {
  @Field({ description: 'The address to use from now on; it counts once the link sent to it is followed.' })
  @Transform(trim)
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  newEmail: string;

  @Field({ description: 'The password in use now.' }) @IsString() @IsNotEmpty() @MaxLength(PASSWORD_MAX) currentPassword: string;
}
