import { Capability } from '../common/capability';
import type { Tx } from '../database/transaction';

/**
 * What other domains still need a department for, so that archiving it cannot strand them: the
 * service catalogue answers how many active services it owns (their new requests would land in an
 * archived department's queue). Commune keeps no list of those domains: each declares, in its own
 * folder, a provider decorated with `@UsesDepartments(KIND)`.
 */
export interface DepartmentUsage {
  /**
   * How many records of this kind would still bring new work to the department. Called in the
   * archiving transaction, after the department's row was locked FOR UPDATE: a record created
   * meanwhile took that row FOR SHARE (see `CommuneService.lockOpenDepartment`), so it is counted.
   */
  activeUsesOf(tx: Tx, departmentId: string): Promise<number>;
}

export const DEPARTMENT_USAGE = new Capability<DepartmentUsage>('department usage');

/** Declares that the decorated provider answers for records of `kind` (e.g. ACTIVE_SERVICES) that need a department open. */
export const UsesDepartments = (kind: string) => DEPARTMENT_USAGE.provider(kind);
