import { Inject, Injectable, Module, OnApplicationBootstrap, SetMetadata } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, Reflector } from '@nestjs/core';
import { CommuneModule } from '../commune/commune.module';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { IdentityModule } from '../identity/identity.module';
import { IdentityService } from '../identity/identity.service';
import { DemoSeeder } from './demo-seed';

const SEED_STEP = 'parvis:demo-seed-step';

/** What a domain's demo seeder implements; it runs after the accounts and departments exist. */
export interface DemoSeedStep {
  seed(): Promise<void>;
}

/**
 * Marks a provider as a step of the demo seed; steps run in ascending `order` on an empty database,
 * so each domain seeds its own demo content from its own folder.
 */
export const DemoSeedStepOf = (order: number) => SetMetadata(SEED_STEP, order);

/** What runs once the server is up: the first admin, then the demo commune when asked for. */
@Injectable()
export class StartupTasks implements OnApplicationBootstrap {
  constructor(
    private readonly identity: IdentityService,
    private readonly seeder: DemoSeeder,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.identity.ensureFirstAdmin();
    if (!this.config.SEED_DEMO) return;
    if (!(await this.seeder.seed())) return;
    const steps = this.discovery
      .getProviders()
      .filter((w) => w.metatype && w.instance && this.reflector.get(SEED_STEP, w.metatype) !== undefined)
      .map((w) => ({ order: this.reflector.get<number>(SEED_STEP, w.metatype!), step: w.instance as DemoSeedStep }))
      .sort((a, b) => a.order - b.order);
    for (const { step } of steps) await step.seed();
  }
}

@Module({
  imports: [IdentityModule, CommuneModule, DiscoveryModule],
  providers: [DemoSeeder, StartupTasks],
  exports: [DemoSeeder],
})
export class SeedModule {}
