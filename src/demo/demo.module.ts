import { Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Capabilities } from '../common/capability';
import { DEMO_DATA } from '../common/demo-data';
import { CommuneModule } from '../commune/commune.module';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { IdentityModule } from '../identity/identity.module';
import { IdentityService } from '../identity/identity.service';
import { DemoSeeder } from './demo-seed';

/**
 * What runs once the server is up: the first admin, then, when asked for and on an empty
 * database, the demo commune: its base, then every domain's `@DemoData` step in their order.
 */
@Injectable()
export class StartupTasks implements OnApplicationBootstrap {
  constructor(
    private readonly identity: IdentityService,
    private readonly seeder: DemoSeeder,
    private readonly capabilities: Capabilities,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.identity.ensureFirstAdmin();
    if (!this.config.SEED_DEMO) return;
    if (!(await this.seeder.seed())) return;
    const steps = this.capabilities
      .all(DEMO_DATA)
      .map(({ provider }) => provider)
      .sort((a, b) => a.order - b.order);
    for (const step of steps) await step.seed();
  }
}

/**
 * The demo commune "Parvis-sur-Loire": a top-level module above the domains (it uses identity and
 * commune for its base; each domain contributes its own demo content from its own folder).
 */
@Module({
  imports: [IdentityModule, CommuneModule],
  providers: [DemoSeeder, StartupTasks],
  exports: [DemoSeeder],
})
export class DemoModule {}
