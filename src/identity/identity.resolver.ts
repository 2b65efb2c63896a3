import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { clientInfo } from './client-info';
import { OpenToSuspended, Public, Roles } from '../auth/decorators';
import { GqlLocalAuthGuard } from './local-auth.guard';
import { Role } from '../auth/role';
import { CurrentViewer, hasRole, Viewer } from '../auth/viewer';
import { DepartmentObject } from '../commune/dto/commune.objects';
import { CommuneService } from '../commune/commune.service';
import { GraphQLContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/pagination';
import {
  GrantRoleArgs,
  LoginInput,
  PASSWORD_MAX,
  PASSWORD_MIN,
  RegisterInput,
  RequestEmailChangeArgs,
  RequestPasswordResetArgs,
  ResetPasswordArgs,
  SetMyLocaleArgs,
  TokenArgs,
} from './dto/identity.inputs';
import { AccountLinksService } from './account-links.service';
import { normaliseEmail } from './identity.service';
import { Language } from '../commune/dto/commune-setup.enums';
import { AuthPayload, SessionObject, UserConnection, UserObject } from './dto/identity.objects';
import { IdentityService } from './identity.service';
import { UserRow } from './identity.repository';

@ArgsType()
class UsersArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Part of a name or e-mail.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => Role, { nullable: true, description: 'Only users who have this role.' }) @IsOptional() @IsEnum(Role) role?: Role;
}

@ArgsType()
class ChangePasswordArgs {
  @Field({ description: 'The password in use now (UNAUTHENTICATED WRONG_PASSWORD if it does not match).' })
  @IsString()
  @MaxLength(PASSWORD_MAX)
  currentPassword: string;

  @Field({ description: `The new password, ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.` })
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  newPassword: string;
}

@ArgsType()
class RefreshTokenArgs {
  @Field({ description: 'The refresh token of an AuthPayload (single use).' }) @IsString() @MaxLength(200) refreshToken: string;
}

@Resolver(() => UserObject)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly commune: CommuneService,
    private readonly accountLinks: AccountLinksService,
  ) {}

  @Public()
  @OpenToSuspended()
  @Mutation(() => Boolean, {
    description:
      'Follow the link of a verification or change-of-address e-mail (BAD_USER_INPUT on token: INVALID_LINK, LINK_EXPIRED, LINK_USED).',
  })
  verifyEmail(@Args() args: TokenArgs) {
    return this.accountLinks.verifyEmail(args.token);
  }

  @OpenToSuspended()
  @Mutation(() => Boolean, { description: 'Send the viewer a new link to verify their address (CONFLICT EMAIL_ALREADY_VERIFIED).' })
  resendVerificationEmail(@CurrentViewer() viewer: Viewer) {
    return this.accountLinks.resendVerification(viewer);
  }

  @Public()
  @OpenToSuspended()
  @Mutation(() => Boolean, { description: 'E-mail a password reset link; true whether or not an account has this address.' })
  requestPasswordReset(@Args() args: RequestPasswordResetArgs, @Context() ctx: GraphQLContext) {
    return this.accountLinks.requestPasswordReset(normaliseEmail(args.email), clientInfo(ctx.req).ip);
  }

  @Public()
  @OpenToSuspended()
  @Mutation(() => Boolean, { description: 'Set a new password with the token of a reset e-mail; signs out every session.' })
  resetPassword(@Args() args: ResetPasswordArgs, @Context() ctx: GraphQLContext) {
    return this.accountLinks.resetPassword(args.token, args.newPassword, clientInfo(ctx.req).ip);
  }

  @OpenToSuspended()
  @Mutation(() => Boolean, { description: 'Send a confirmation link to a new address; the change counts once it is followed.' })
  requestEmailChange(@Args() args: RequestEmailChangeArgs, @CurrentViewer() viewer: Viewer) {
    return this.accountLinks.requestEmailChange(viewer, normaliseEmail(args.newEmail), args.currentPassword);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Create a resident account; signs it in.' })
  register(@Args('input', { description: 'The new account.' }) input: RegisterInput, @Context() ctx: GraphQLContext) {
    return this.identity.register(input, clientInfo(ctx.req));
  }

  @Public()
  @OpenToSuspended()
  @UseGuards(GqlLocalAuthGuard)
  @Mutation(() => AuthPayload, { description: 'Sign in with e-mail and password.' })
  login(@Args('input', { description: 'E-mail and password.' }) _input: LoginInput, @Context() ctx: GraphQLContext) {
    return this.identity.login(ctx.req.authenticatedUserId as string, clientInfo(ctx.req));
  }

  @Public()
  @OpenToSuspended()
  @Mutation(() => AuthPayload, { description: 'Trade a refresh token for new tokens (the old one is spent).' })
  refreshSession(@Args() args: RefreshTokenArgs) {
    return this.identity.refresh(args.refreshToken);
  }

  @Public()
  @OpenToSuspended()
  @Mutation(() => Boolean, { description: 'End the session of this refresh token.' })
  logout(@Args() args: RefreshTokenArgs) {
    return this.identity.logout(args.refreshToken);
  }

  @Public()
  @Query(() => UserObject, { nullable: true, description: 'The signed-in user; null for visitors.' })
  me(@CurrentViewer() viewer: Viewer | null) {
    return viewer ? this.identity.userById(viewer.id) : null;
  }

  @Public()
  @Query(() => UserObject, { nullable: true, description: 'A user’s public profile.' })
  user(@Args('id', { type: () => ID, description: 'Id of the user.' }) id: string) {
    return this.identity.userById(id);
  }

  @Roles(Role.ADMIN)
  @Query(() => UserConnection, { description: 'Admin: accounts, newest first.' })
  users(@Args() args: UsersArgs) {
    return this.identity.usersPage(args);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserObject, { description: 'Admin: give a role (AGENT needs a department; repeat for more).' })
  grantRole(@Args() args: GrantRoleArgs) {
    return this.identity.grantRole(args.userId, args.role, args.departmentId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserObject, { description: 'Admin: take a role back (AGENT: one department, or all).' })
  revokeRole(@Args() args: GrantRoleArgs, @CurrentViewer() viewer: Viewer) {
    return this.identity.revokeRole(viewer, args.userId, args.role, args.departmentId);
  }

  @OpenToSuspended()
  @Mutation(() => Boolean, { description: 'Change the password; signs out the other sessions.' })
  changePassword(@Args() args: ChangePasswordArgs, @CurrentViewer() viewer: Viewer) {
    return this.identity.changePassword(viewer, args.currentPassword, args.newPassword);
  }

  @OpenToSuspended()
  @Mutation(() => UserObject, { description: 'Set the language of the viewer’s e-mails (the client sends the interface’s language).' })
  setMyLocale(@Args() args: SetMyLocaleArgs, @CurrentViewer() viewer: Viewer) {
    return this.identity.setMyLocale(viewer, args.locale);
  }

  @Query(() => [SessionObject], { description: 'Where the viewer is signed in (the 100 most recent).' })
  async mySessions(@CurrentViewer() viewer: Viewer) {
    const sessions = await this.identity.mySessions(viewer);
    return sessions.map((s) => ({ ...s, current: s.id === viewer.sessionId }));
  }

  @OpenToSuspended()
  @Mutation(() => Boolean, { description: 'Sign out one of the viewer’s sessions.' })
  revokeSession(
    @Args('id', { type: () => ID, description: 'Id of one of the viewer’s sessions (see mySessions).' }) id: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.identity.revokeSession(viewer, id);
  }

  @OpenToSuspended()
  @Mutation(() => Int, { description: 'Sign out every other session; returns how many.' })
  revokeOtherSessions(@CurrentViewer() viewer: Viewer) {
    return this.identity.revokeOtherSessions(viewer);
  }

  @ResolveField(() => String, { nullable: true, description: 'Only to the user and to admins.' })
  email(@Parent() user: UserRow, @CurrentViewer() viewer: Viewer | null) {
    return shownToSelfOrAdmin(user, viewer) ? user.email : null;
  }

  @ResolveField(() => Language, {
    nullable: true,
    description: 'The language of the user’s e-mails: to the user and to admins only (null to others).',
  })
  locale(@Parent() user: UserRow, @CurrentViewer() viewer: Viewer | null): string | null {
    return shownToSelfOrAdmin(user, viewer) ? user.locale : null;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the user confirmed their e-mail address: to the user and to admins only (false to others).',
  })
  emailVerified(@Parent() user: UserRow, @CurrentViewer() viewer: Viewer | null): boolean {
    return shownToSelfOrAdmin(user, viewer) && user.emailVerified;
  }

  @ResolveField(() => [Role], {
    description: 'What the user may do: to the user and to admins only (empty to others), since roles tell who is staff.',
  })
  roles(@Parent() user: UserRow, @CurrentViewer() viewer: Viewer | null): Role[] {
    return shownToSelfOrAdmin(user, viewer) ? user.roles : [];
  }

  @ResolveField(() => [DepartmentObject], { description: 'Departments an agent works for (to the user and admins).' })
  async departments(@Parent() user: UserRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphQLContext) {
    if (!shownToSelfOrAdmin(user, viewer)) return [];
    const loader = ctx.loaders.get(this.commune.departmentById);
    const found = await loader.loadMany(user.departmentIds ?? []);
    return found.filter((d) => d && !(d instanceof Error));
  }
}

/** The account's own holder (signed in, or being handed its tokens) and admins. */
function shownToSelfOrAdmin(user: UserRow, viewer: Viewer | null): boolean {
  return !!user.shownToSelf || (!!viewer && (viewer.id === user.id || hasRole(viewer, Role.ADMIN)));
}
