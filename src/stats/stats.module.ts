import { Module } from '@nestjs/common';
import { CommuneModule } from '../commune/commune.module';
import { IdentityModule } from '../identity/identity.module';
import { StatsCache } from './stats-cache';
import { StatsResolver } from './stats.resolver';
import { StatsService } from './stats.service';

/**
 * The public dashboard. A high layer: it reads the service-requests, proposals and consultations
 * tables in read-only SQL (stats.sql.ts) and no domain imports it.
 */
@Module({
  imports: [IdentityModule, CommuneModule],
  providers: [StatsCache, StatsService, StatsResolver],
  exports: [StatsService],
})
export class StatsModule {}
