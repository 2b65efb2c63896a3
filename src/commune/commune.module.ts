import { Module } from '@nestjs/common';
import { CommuneIdentityRepository } from './commune-identity.repository';
import { CommuneIdentityResolver } from './commune-identity.resolver';
import { CommuneIdentityService } from './commune-identity.service';
import { CommuneRepository } from './commune.repository';
import { CategoryFieldsResolver, CommuneResolver, DepartmentFieldsResolver } from './commune.resolver';
import { CommuneDemoSeed } from './commune.seed';
import { CommuneService } from './commune.service';
import { DistrictsRepository } from './districts.repository';
import { DistrictsResolver } from './districts.resolver';
import { DistrictsService } from './districts.service';
import { LegalPagesRepository } from './legal-pages.repository';
import { LegalPagesResolver } from './legal-pages.resolver';
import { LegalPagesService } from './legal-pages.service';
import { SetupService } from './setup.service';
import { WebAppManifestController } from './web-app-manifest.controller';

@Module({
  controllers: [WebAppManifestController],
  providers: [
    CommuneRepository,
    CommuneService,
    CommuneResolver,
    DepartmentFieldsResolver,
    CategoryFieldsResolver,
    // Identity, districts, legal pages and the first-run checklist.
    CommuneIdentityRepository,
    CommuneIdentityService,
    CommuneIdentityResolver,
    DistrictsRepository,
    DistrictsService,
    DistrictsResolver,
    LegalPagesRepository,
    LegalPagesService,
    LegalPagesResolver,
    SetupService,
    CommuneDemoSeed,
  ],
  exports: [CommuneService, DistrictsService, CommuneIdentityService],
})
export class CommuneModule {}
