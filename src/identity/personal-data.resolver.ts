import { Args, ArgsType, Field, Mutation, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { OpenToSuspended } from '../auth/decorators';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { PASSWORD_MAX } from './dto/identity.inputs';
import { PersonalDataService } from './personal-data.service';

@ArgsType()
class DeleteMyAccountArgs {
  @Field({ description: 'The password in use now (BAD_USER_INPUT WRONG_PASSWORD if it does not match).' })
  @IsString()
  @MaxLength(PASSWORD_MAX)
  password: string;
}

/** The account holder's RGPD rights: export and deletion. */
@Resolver()
export class PersonalDataResolver {
  constructor(private readonly personalData: PersonalDataService) {}

  @OpenToSuspended()
  @Mutation(() => String, {
    description:
      'A JSON document of everything the server holds about the viewer (account, sessions, proposals, supports, comments, votes, service requests, follows, notifications, images). A few per hour (RATE_LIMITED TOO_MANY_EXPORTS).',
  })
  exportMyData(@CurrentViewer() viewer: Viewer) {
    return this.personalData.exportMyData(viewer);
  }

  @OpenToSuspended()
  @Mutation(() => Boolean, {
    description:
      'Delete the viewer’s account: every session ends, the account is anonymised (its e-mail can register again), follows, notifications and unattached uploads go; proposals, comments and requests stay under a deleted account. CONFLICT LAST_ADMIN for the only admin.',
  })
  deleteMyAccount(@Args() args: DeleteMyAccountArgs, @CurrentViewer() viewer: Viewer) {
    return this.personalData.deleteMyAccount(viewer, args.password);
  }
}
