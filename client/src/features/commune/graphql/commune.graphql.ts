import { graphql } from '@/generated';

// Typed by codegen (`npm run codegen --workspace client` after any change; a unit test fails on drift).

export const COMMUNE_SETUP = graphql(`
  query CommuneSetup {
    communeSetup {
      identityDone
      districtsCount
      departmentsCount
      servicesCount
      complete
    }
  }
`);

export const COMMUNE_IDENTITY_FIELDS = graphql(`
  fragment CommuneIdentityFields on Commune {
    name
    configured
    primaryColor
    primaryTextColor
    address
    phone
    email
    website
    openingHours
    defaultLanguage
    publicationDirector
    host
    dpoContact
    accessibilityAuditDate
    accessibilityAuditRate
    accessibilityAuditor
    accessibilityConformance
    updatedAt
    logo {
      id
      width
      height
      placeholder
      thumb: url(variant: THUMB)
      large: url(variant: LARGE)
    }
  }
`);

export const COMMUNE_IDENTITY = graphql(`
  query CommuneIdentity {
    commune {
      ...CommuneIdentityFields
    }
  }
`);

export const UPDATE_COMMUNE_IDENTITY = graphql(`
  mutation UpdateCommuneIdentity($input: CommuneIdentityInput!) {
    updateCommuneIdentity(input: $input) {
      ...CommuneIdentityFields
    }
  }
`);

export const SET_COMMUNE_LOGO = graphql(`
  mutation SetCommuneLogo($imageId: ID) {
    setCommuneLogo(imageId: $imageId) {
      ...CommuneIdentityFields
    }
  }
`);

export const DISTRICT_FIELDS = graphql(`
  fragment DistrictFields on District {
    id
    name
    position
    archived
    archivedAt
    shape
  }
`);

export const DISTRICT_LIST = graphql(`
  query DistrictList($first: Int, $after: String, $includeArchived: Boolean) {
    districtList(first: $first, after: $after, includeArchived: $includeArchived) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...DistrictFields
        }
      }
    }
  }
`);

export const DISTRICT = graphql(`
  query District($id: ID!) {
    district(id: $id) {
      ...DistrictFields
    }
  }
`);

export const ACTIVE_DISTRICTS = graphql(`
  query ActiveDistricts {
    districts
  }
`);

export const CREATE_DISTRICT = graphql(`
  mutation CreateDistrict($input: CreateDistrictInput!) {
    createDistrict(input: $input) {
      ...DistrictFields
    }
  }
`);

export const UPDATE_DISTRICT = graphql(`
  mutation UpdateDistrict($id: ID!, $input: UpdateDistrictInput!) {
    updateDistrict(id: $id, input: $input) {
      ...DistrictFields
    }
  }
`);

export const MERGE_DISTRICT = graphql(`
  mutation MergeDistrict($id: ID!, $intoId: ID!) {
    mergeDistrict(id: $id, intoId: $intoId) {
      ...DistrictFields
    }
  }
`);

export const ARCHIVE_DISTRICT = graphql(`
  mutation ArchiveDistrict($id: ID!) {
    archiveDistrict(id: $id) {
      ...DistrictFields
    }
  }
`);

export const RESTORE_DISTRICT = graphql(`
  mutation RestoreDistrict($id: ID!) {
    restoreDistrict(id: $id) {
      ...DistrictFields
    }
  }
`);

export const DISTRICT_AT = graphql(`
  query DistrictAt($latitude: Float!, $longitude: Float!) {
    districtAt(latitude: $latitude, longitude: $longitude) {
      id
      name
    }
  }
`);

export const LEGAL_PAGE_FIELDS = graphql(`
  fragment LegalPageFields on LegalPage {
    kind
    language
    slug
    title
    body
    isDefault
    updatedAt
  }
`);

export const LEGAL_PAGE = graphql(`
  query LegalPage($kind: LegalPageKind!, $language: Language) {
    legalPage(kind: $kind, language: $language) {
      ...LegalPageFields
    }
  }
`);

export const LEGAL_PAGES = graphql(`
  query LegalPages {
    legalNoticeFr: legalPage(kind: LEGAL_NOTICE, language: FR) {
      ...LegalPageFields
    }
    legalNoticeEn: legalPage(kind: LEGAL_NOTICE, language: EN) {
      ...LegalPageFields
    }
    privacyFr: legalPage(kind: PRIVACY, language: FR) {
      ...LegalPageFields
    }
    privacyEn: legalPage(kind: PRIVACY, language: EN) {
      ...LegalPageFields
    }
    accessibilityFr: legalPage(kind: ACCESSIBILITY, language: FR) {
      ...LegalPageFields
    }
    accessibilityEn: legalPage(kind: ACCESSIBILITY, language: EN) {
      ...LegalPageFields
    }
    termsFr: legalPage(kind: TERMS, language: FR) {
      ...LegalPageFields
    }
    termsEn: legalPage(kind: TERMS, language: EN) {
      ...LegalPageFields
    }
  }
`);

export const UPDATE_LEGAL_PAGE = graphql(`
  mutation UpdateLegalPage($input: UpdateLegalPageInput!) {
    updateLegalPage(input: $input) {
      ...LegalPageFields
    }
  }
`);

export const RESET_LEGAL_PAGE = graphql(`
  mutation ResetLegalPage($kind: LegalPageKind!, $language: Language!) {
    resetLegalPage(kind: $kind, language: $language) {
      ...LegalPageFields
    }
  }
`);
