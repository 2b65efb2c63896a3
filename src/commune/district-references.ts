import { Capability } from '../common/capability';
import type { Tx } from '../database/transaction';

/**
 * What a domain that stores district names implements, so a rename or a merge of a district
 * reaches its records. Other domains keep the district as text (the name the resident chose, shown
 * and filtered as is); the commune keeps no list of them: each declares its provider with
 * `@DistrictReferences('<its records>')` in its own folder.
 */
export interface DistrictReferenceHolder {
  /**
   * Runs inside the rename's or merge's transaction, once the district row is locked: every
   * record holding `from` now holds `to`. For a merge `to` is another existing district, which a
   * record may already hold (a list of districts must then keep it once). Returns how many
   * records changed.
   */
  renameDistrict(tx: Tx, from: string, to: string): Promise<number>;
}

export const DISTRICT_REFERENCES = new Capability<DistrictReferenceHolder>('district references');

/** Declares that the decorated provider's records (`what`, e.g. `proposals`) hold district names. */
export const DistrictReferences = (what: string) => DISTRICT_REFERENCES.provider(what);
