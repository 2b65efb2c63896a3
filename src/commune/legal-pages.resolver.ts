import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import { CurrentViewer, Viewer } from '../auth/viewer';
import { LegalPageArgs, LegalPageObject, ResetLegalPageArgs, UpdateLegalPageInput } from './dto/legal-page.objects';
import { LegalPagesService } from './legal-pages.service';

@Resolver(() => LegalPageObject)
export class LegalPagesResolver {
  constructor(private readonly pages: LegalPagesService) {}

  @Public()
  @Query(() => LegalPageObject, { description: 'A legal page (mentions légales, privacy notice, accessibility statement, terms of use).' })
  legalPage(@Args() args: LegalPageArgs) {
    return this.pages.get(args.kind, args.language);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => LegalPageObject, { description: 'Admin: write a legal page in one language (replaces its default text).' })
  updateLegalPage(@Args('input', { description: 'The page.' }) input: UpdateLegalPageInput, @CurrentViewer() viewer: Viewer) {
    return this.pages.update(viewer, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => LegalPageObject, { description: 'Admin: give a legal page its default text again.' })
  resetLegalPage(@Args() args: ResetLegalPageArgs, @CurrentViewer() viewer: Viewer) {
    return this.pages.reset(viewer, args.kind, args.language);
  }
}
