import type { TestUser } from './factories';
import type { TestApp } from './test-app';

/** Documents and helpers for the commune's identity, districts, legal pages and setup (test/e2e/commune*.e2e-spec.ts). */

export const COMMUNE_FIELDS = `name configured primaryColor primaryTextColor address phone email website openingHours defaultLanguage
  publicationDirector host dpoContact accessibilityAuditDate accessibilityAuditRate accessibilityAuditor accessibilityConformance updatedAt`;
export const COMMUNE = `query { commune { ${COMMUNE_FIELDS} logo { id url(variant: THUMB) } } }`;
export const UPDATE_IDENTITY = `mutation($input: CommuneIdentityInput!) { updateCommuneIdentity(input: $input) { ${COMMUNE_FIELDS} } }`;
export const SET_LOGO = `mutation($imageId: ID) { setCommuneLogo(imageId: $imageId) { name logo { id url(variant: THUMB) } } }`;
export const SETUP = `query { communeSetup { identityDone districtsCount departmentsCount servicesCount complete } }`;

export const DISTRICT_FIELDS = `id name position archived archivedAt shape createdAt updatedAt`;
export const DISTRICTS = `query { districts }`;
export const DISTRICT_LIST = `query($first: Int, $after: String, $includeArchived: Boolean) {
  districtList(first: $first, after: $after, includeArchived: $includeArchived) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${DISTRICT_FIELDS} } } } }`;
export const DISTRICT_AT = `query($latitude: Float!, $longitude: Float!) { districtAt(latitude: $latitude, longitude: $longitude) { id name } }`;
export const CREATE_DISTRICT = `mutation($input: CreateDistrictInput!) { createDistrict(input: $input) { ${DISTRICT_FIELDS} } }`;
export const UPDATE_DISTRICT = `mutation($id: ID!, $input: UpdateDistrictInput!) { updateDistrict(id: $id, input: $input) { ${DISTRICT_FIELDS} } }`;
export const MERGE_DISTRICT = `mutation($id: ID!, $intoId: ID!) { mergeDistrict(id: $id, intoId: $intoId) { ${DISTRICT_FIELDS} } }`;
export const ARCHIVE_DISTRICT = `mutation($id: ID!) { archiveDistrict(id: $id) { ${DISTRICT_FIELDS} } }`;
export const RESTORE_DISTRICT = `mutation($id: ID!) { restoreDistrict(id: $id) { ${DISTRICT_FIELDS} } }`;

export const LEGAL_FIELDS = `kind language slug title body isDefault updatedAt`;
export const LEGAL_PAGE = `query($kind: LegalPageKind!, $language: Language) { legalPage(kind: $kind, language: $language) { ${LEGAL_FIELDS} } }`;
export const UPDATE_LEGAL = `mutation($input: UpdateLegalPageInput!) { updateLegalPage(input: $input) { ${LEGAL_FIELDS} } }`;
export const RESET_LEGAL = `mutation($kind: LegalPageKind!, $language: Language!) { resetLegalPage(kind: $kind, language: $language) { ${LEGAL_FIELDS} } }`;

/** A valid identity, with `over` on top. */
export function identityInput(over: Record<string, unknown> = {}) {
  return {
    name: 'Saint-Parvis-les-Tests',
    primaryColor: '#1D3F8F',
    primaryTextColor: '#ffffff',
    address: 'Hôtel de ville\n1 place de la Mairie\n99999 Saint-Parvis',
    phone: '+33 2 54 00 00 00',
    email: 'mairie@saint-parvis.test',
    website: 'https://saint-parvis.test',
    openingHours: 'Lundi–vendredi : 8 h 30 – 12 h',
    defaultLanguage: 'FR',
    publicationDirector: 'Anne Maire, maire',
    host: 'Hébergeur SAS, 1 rue du Serveur, 75000 Paris',
    dpoContact: 'dpo@saint-parvis.test',
    ...over,
  };
}

/** The people whose rights every admin mutation is tried with (null: a visitor). */
export interface Cast {
  resident: TestUser;
  agent: TestUser;
  council: TestUser;
  moderator: TestUser;
  admin: TestUser;
}

export async function cast(t: TestApp): Promise<Cast> {
  return {
    resident: await t.factories.resident(),
    agent: await t.factories.agent(),
    council: await t.factories.council(),
    moderator: await t.factories.moderator(),
    admin: await t.factories.admin(),
  };
}

/** Everyone but the admin, with the code they must get: visitors UNAUTHENTICATED, others FORBIDDEN. */
export function nonAdmins(c: Cast): [string, string | undefined, string][] {
  return [
    ['a visitor', undefined, 'UNAUTHENTICATED'],
    ['a resident', c.resident.token, 'FORBIDDEN'],
    ['an agent', c.agent.token, 'FORBIDDEN'],
    ['the council', c.council.token, 'FORBIDDEN'],
    ['a moderator', c.moderator.token, 'FORBIDDEN'],
  ];
}

/** A rectangle as GeoJSON text: [west, south] to [east, north]. */
export function rectangle(west: number, south: number, east: number, north: number, holes: number[][][] = []): string {
  return JSON.stringify({
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
      ...holes,
    ],
  });
}
