import { Module } from '@nestjs/common';
import { CommuneModule } from '../commune/commune.module';
import { IdentityModule } from '../identity/identity.module';
import { MediaModule } from '../media/media.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ServiceCatalogueDepartmentUsage } from './service-catalogue.department-usage';
import { ServiceCatalogueRepository } from './service-catalogue.repository';
import { ServiceCatalogueResolver } from './service-catalogue.resolver';
import { ServiceCatalogueService } from './service-catalogue.service';
import { ServiceRequestPersonalData } from './service-request-personal-data';
import { ServiceRequestsDemoSeed } from './service-requests.seed';
import { ServiceRequestsRepository } from './service-requests.repository';
import { ServiceRequestEventResolver, ServiceRequestsResolver } from './service-requests.resolver';
import { ServiceRequestPhotoFlagTarget } from './service-request-photo-flag-target';
import { ServiceRequestTargets } from './service-request-targets';
import { ServiceRequestsService } from './service-requests.service';
import { ServiceRequestDistricts } from './service-request-districts';
import { ServiceSetupProgress } from './service-setup-progress';
import { ServiceRequestMailTexts } from './service-request.mail-texts';

/** The service catalogue, service requests and their queues; registers SERVICE_REQUEST as a follow target. */
import { ServiceRequestFormalitiesOpenData, ServiceRequestsOpenData } from './service-requests.open-data';
@Module({
  imports: [CommuneModule, IdentityModule, NotificationsModule, MediaModule],
  providers: [
    ServiceRequestsOpenData,
    ServiceRequestFormalitiesOpenData,
    ServiceRequestMailTexts,
    ServiceCatalogueRepository,
    ServiceCatalogueService,
    ServiceCatalogueResolver,
    ServiceCatalogueDepartmentUsage,
    ServiceRequestsRepository,
    ServiceRequestsService,
    ServiceRequestsResolver,
    ServiceRequestEventResolver,
    ServiceRequestsDemoSeed,
    ServiceRequestPersonalData,
    ServiceRequestTargets,
    ServiceRequestPhotoFlagTarget,
    ServiceRequestDistricts,
    ServiceSetupProgress,
  ],
  exports: [ServiceRequestsService, ServiceCatalogueService],
})
export class ServiceRequestsModule {}
