import { Injectable, Logger } from '@nestjs/common';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { Capabilities } from '../common/capability';
import { DEMO_PASSWORD, DemoData, DemoDataStep } from '../common/demo-data';
import { IdentityService } from '../identity/identity.service';
import { FLAG_TARGETS } from './flag-target';
import { ModerationService } from './moderation.service';
import { FlagReason } from './moderation-vocabulary';

/** Demo residents who flag (accounts of the README; created here if an earlier step did not). */
const FLAGGERS = [
  { email: 'lucas@parvis.demo', displayName: 'Lucas Petit' },
  { email: 'fatou@parvis.demo', displayName: 'Fatou Diallo' },
  { email: 'claire.bernard@parvis.demo', displayName: 'Claire Bernard' },
  { email: 'paul.nguyen@parvis.demo', displayName: 'Paul Nguyen' },
];

/** What they say, in turn (a flag per item and flagger, never on their own content). */
const FLAGS: { reason: FlagReason; note: string | null }[] = [
  { reason: FlagReason.OFF_TOPIC, note: 'Cela n’a rien à voir avec le sujet.' },
  { reason: FlagReason.ABUSE, note: 'Le ton est agressif envers les voisins.' },
  { reason: FlagReason.SPAM, note: null },
  { reason: FlagReason.PERSONAL_DATA, note: 'Il y a le numéro de téléphone de quelqu’un.' },
  { reason: FlagReason.OTHER, note: 'À vérifier, je ne suis pas sûre.' },
];

/**
 * A few open flags on the demo commune's content, so the moderators' queue is not empty: after
 * every domain's own demo data (order 90), on the items each flaggable domain offers for it
 * (`demoItems`), through the same use case as residents.
 */
@Injectable()
@DemoData('moderation')
export class ModerationDemoSeed implements DemoDataStep {
  readonly order = 90;
  private readonly logger = new Logger(ModerationDemoSeed.name);

  constructor(
    private readonly moderation: ModerationService,
    private readonly identity: IdentityService,
    private readonly capabilities: Capabilities,
  ) {}

  async seed(): Promise<void> {
    const flaggers: Viewer[] = [];
    for (const f of FLAGGERS) {
      const { id } = await this.identity.createAccount({ ...f, password: DEMO_PASSWORD });
      flaggers.push({ id, sessionId: 'demo-seed', displayName: f.displayName, roles: [Role.RESIDENT], departmentIds: [] });
    }
    let n = 0;
    let made = 0;
    for (const { key, provider } of this.capabilities.all(FLAG_TARGETS)) {
      const ids = (await provider.demoItems?.(2)) ?? [];
      for (const [i, targetId] of ids.entries()) {
        // The first item of each kind gets three flags, the second one.
        for (const flagger of flaggers.slice(0, i === 0 ? 3 : 1)) {
          const { reason, note } = FLAGS[n++ % FLAGS.length];
          try {
            await this.moderation.flag(flagger, { targetType: key, targetId, reason, note });
            made += 1;
          } catch (error) {
            // Their own content (OWN_CONTENT), or hidden meanwhile: the next flagger will do.
            if (!(error instanceof AppError)) throw error;
          }
        }
      }
    }
    this.logger.log(`${made} demo flags waiting in the moderation queue`);
  }
}
