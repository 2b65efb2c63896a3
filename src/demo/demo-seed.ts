import { Injectable, Logger } from '@nestjs/common';
import { Role } from '../auth/role';
import { DEMO_CATEGORIES, DEMO_DEPARTMENTS, DEMO_PASSWORD } from '../common/demo-data';
import { CommuneService } from '../commune/commune.service';
import { IdentityService } from '../identity/identity.service';

/**
 * Seeds the demo commune "Parvis-sur-Loire" into an empty database: departments, categories and
 * one account per role. Domains add their own demo content through `DemoSeeder.extensions`.
 * Runs only when the database has no department yet, so a restart never seeds twice.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly identity: IdentityService,
    private readonly commune: CommuneService,
  ) {}

  async seed(): Promise<boolean> {
    if ((await this.commune.departments(true)).length > 0) return false;
    const departments = new Map<string, string>();
    for (const d of DEMO_DEPARTMENTS) departments.set(d.code, (await this.commune.createDepartment(d.code, d.name)).id);
    for (const name of DEMO_CATEGORIES) await this.commune.createCategory(name);
    const accounts = [
      { email: 'admin@parvis.demo', displayName: 'Camille Admin', roles: [Role.ADMIN] },
      { email: 'conseil@parvis.demo', displayName: 'Élise Moreau (adjointe au maire)', roles: [Role.COUNCIL] },
      { email: 'moderation@parvis.demo', displayName: 'Hugo Martin (modération)', roles: [Role.MODERATOR] },
      {
        email: 'agent.voirie@parvis.demo',
        displayName: 'Karim Benali (voirie)',
        roles: [Role.AGENT],
        departmentIds: [departments.get('VOIRIE')!, departments.get('ECLAIRAGE')!],
      },
      {
        email: 'agent.etatcivil@parvis.demo',
        displayName: 'Sophie Laurent (état civil)',
        roles: [Role.AGENT],
        departmentIds: [departments.get('ETAT-CIVIL')!],
      },
      { email: 'marie@parvis.demo', displayName: 'Marie Dupont', district: 'Centre-ville' },
      { email: 'lucas@parvis.demo', displayName: 'Lucas Petit', district: 'Saint-Jean' },
      { email: 'fatou@parvis.demo', displayName: 'Fatou Diallo', district: 'Le Port' },
    ];
    for (const a of accounts) await this.identity.createAccount({ ...a, password: DEMO_PASSWORD });
    this.logger.log('demo commune seeded (accounts in the README)');
    return true;
  }
}
