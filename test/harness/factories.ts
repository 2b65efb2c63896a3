import { randomBytes } from 'node:crypto';
import { Role } from '../../src/auth/role';
import { CommuneService } from '../../src/commune/commune.service';
import { IdentityService } from '../../src/identity/identity.service';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  token: string;
  refreshToken: string;
  displayName: string;
}

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}${randomBytes(2).toString('hex')}`;

/** Builds what a test needs through the server's own services (no shared seed data). */
export class Factories {
  constructor(private readonly t: TestApp) {}

  async user(opts: { roles?: Role[]; departmentIds?: string[]; district?: string; displayName?: string } = {}): Promise<TestUser> {
    const identity = this.t.get<IdentityService>(IdentityService);
    const email = `user-${unique()}@example.test`;
    const displayName = opts.displayName ?? `Resident ${sequence}`;
    const { id } = await identity.createAccount({
      email,
      password: TEST_PASSWORD,
      displayName,
      district: opts.district ?? null,
      roles: opts.roles,
      departmentIds: opts.departmentIds,
    });
    const session = await identity.openSessionFor(id);
    return { id, email, password: TEST_PASSWORD, token: session.accessToken, refreshToken: session.refreshToken, displayName };
  }

  resident(opts: { district?: string; displayName?: string } = {}) {
    return this.user(opts);
  }

  admin() {
    return this.user({ roles: [Role.ADMIN] });
  }

  council() {
    return this.user({ roles: [Role.COUNCIL] });
  }

  moderator() {
    return this.user({ roles: [Role.MODERATOR] });
  }

  async agent(departmentIds?: string[]) {
    const deps = departmentIds ?? [(await this.department()).id];
    return { ...(await this.user({ roles: [Role.AGENT], departmentIds: deps })), departmentIds: deps };
  }

  async department(code = `D${unique().toUpperCase()}`.slice(0, 40).replace(/[^A-Z0-9]/g, 'X'), name = 'Voirie') {
    return this.t.get<CommuneService>(CommuneService).createDepartment(code, name);
  }

  async category(name = `Catégorie ${unique()}`) {
    return this.t.get<CommuneService>(CommuneService).createCategory(name);
  }
}
