/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roles\n      district\n      createdAt\n      departments {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query ShellCommune {\n    commune {\n      name\n      configured\n      primaryColor\n      primaryTextColor\n      address\n      phone\n      email\n      website\n      openingHours\n      defaultLanguage\n      accessibilityConformance\n      logo {\n        id\n        url(variant: THUMB)\n      }\n    }\n  }\n": typeof types.ShellCommuneDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  fragment AdminDepartmentFields on Department {\n    id\n    code\n    name\n    archived\n    archivedAt\n  }\n": typeof types.AdminDepartmentFieldsFragmentDoc,
    "\n  query AdminDepartments {\n    departments(includeArchived: true) {\n      ...AdminDepartmentFields\n    }\n  }\n": typeof types.AdminDepartmentsDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      name\n      archived\n      archivedAt\n    }\n  }\n": typeof types.AdminCategoriesDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      archived\n      archivedAt\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n      name\n      archived\n      archivedAt\n    }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  fragment AdminServiceFields on Service {\n    id\n    code\n    name\n    description\n    kind\n    group\n    position\n    publicRequests\n    targetDays\n    active\n    department {\n      id\n      name\n      archived\n    }\n    fields {\n      code\n      label\n      kind\n      required\n      description\n      options {\n        value\n        label\n      }\n      min\n      max\n      maxLength\n    }\n  }\n": typeof types.AdminServiceFieldsFragmentDoc,
    "\n  query AdminServices {\n    services(includeInactive: true) {\n      ...AdminServiceFields\n    }\n  }\n": typeof types.AdminServicesDocument,
    "\n  query AdminService($id: ID!) {\n    service(id: $id) {\n      ...AdminServiceFields\n    }\n  }\n": typeof types.AdminServiceDocument,
    "\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...AdminServiceFields\n    }\n  }\n": typeof types.CreateServiceDocument,
    "\n  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      ...AdminServiceFields\n    }\n  }\n": typeof types.UpdateServiceDocument,
    "\n  mutation MoveService($id: ID!, $direction: ServiceMoveDirection!) {\n    moveService(id: $id, direction: $direction) {\n      id\n      position\n    }\n  }\n": typeof types.MoveServiceDocument,
    "\n  fragment AdminTemplateFields on ResponseTemplate {\n    id\n    departmentId\n    title\n    body\n    updatedAt\n  }\n": typeof types.AdminTemplateFieldsFragmentDoc,
    "\n  query AdminResponseTemplates($departmentId: ID!) {\n    responseTemplates(departmentId: $departmentId) {\n      ...AdminTemplateFields\n    }\n  }\n": typeof types.AdminResponseTemplatesDocument,
    "\n  mutation AdminCreateResponseTemplate($input: CreateResponseTemplateInput!) {\n    createResponseTemplate(input: $input) {\n      ...AdminTemplateFields\n    }\n  }\n": typeof types.AdminCreateResponseTemplateDocument,
    "\n  mutation AdminUpdateResponseTemplate($id: ID!, $input: UpdateResponseTemplateInput!) {\n    updateResponseTemplate(id: $id, input: $input) {\n      ...AdminTemplateFields\n    }\n  }\n": typeof types.AdminUpdateResponseTemplateDocument,
    "\n  mutation AdminDeleteResponseTemplate($id: ID!) {\n    deleteResponseTemplate(id: $id)\n  }\n": typeof types.AdminDeleteResponseTemplateDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    displayName\n    email\n    roles\n    district\n    createdAt\n    departments {\n      id\n      name\n      archived\n    }\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($first: Int, $after: String, $search: String, $role: Role) {\n    users(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...AdminUserFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminUserDocument,
    "\n  mutation GrantRole($userId: ID!, $role: Role!, $departmentId: ID) {\n    grantRole(userId: $userId, role: $role, departmentId: $departmentId) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($userId: ID!, $role: Role!, $departmentId: ID) {\n    revokeRole(userId: $userId, role: $role, departmentId: $departmentId) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  query AdminOpen311ApiKeys {\n    open311ApiKeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.AdminOpen311ApiKeysDocument,
    "\n  mutation CreateOpen311ApiKey($name: String!) {\n    createOpen311ApiKey(name: $name)\n  }\n": typeof types.CreateOpen311ApiKeyDocument,
    "\n  mutation RevokeOpen311ApiKey($id: ID!) {\n    revokeOpen311ApiKey(id: $id)\n  }\n": typeof types.RevokeOpen311ApiKeyDocument,
    "\n  fragment BudgetImage on Image {\n    id\n    width\n    height\n    placeholder\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n": typeof types.BudgetImageFragmentDoc,
    "\n  query Budgets($first: Int!, $after: String) {\n    budgets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          phase\n          totalAmount\n          voterCount\n          phases {\n            phase\n            startsAt\n            endsAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.BudgetsDocument,
    "\n  fragment BudgetProjectRow on BudgetProject {\n    id\n    title\n    status\n    estimatedCost\n    cost\n    voteCount\n    progress\n  }\n": typeof types.BudgetProjectRowFragmentDoc,
    "\n  fragment BudgetDetail on Budget {\n    id\n    title\n    description\n    rules\n    totalAmount\n    phase\n    votingStyle\n    maxChoices\n    minProjects\n    voterCount\n    progress\n    rulesEditable\n    commentCount\n    followerCount\n    viewerIsFollowing\n    comments(first: 20) {\n      ...CommentThreadConnection\n    }\n    phases {\n      phase\n      startsAt\n      endsAt\n    }\n    participation {\n      district\n      voters\n      residents\n      share\n    }\n    turnout {\n      voters\n      residents\n      share\n    }\n    viewerBallot {\n      envelopeId\n      projectId\n    }\n    envelopes {\n      id\n      name\n      district\n      amount\n      projects(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...BudgetProjectRow\n          }\n        }\n      }\n      results {\n        rank\n        votes\n        selected\n        project {\n          ...BudgetProjectRow\n        }\n      }\n    }\n  }\n": typeof types.BudgetDetailFragmentDoc,
    "\n  query Budget($id: ID!) {\n    budget(id: $id) {\n      ...BudgetDetail\n    }\n  }\n": typeof types.BudgetDocument,
    "\n  query BudgetComments($id: ID!, $after: String) {\n    budget(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n": typeof types.BudgetCommentsDocument,
    "\n  query BudgetCommentCount($id: ID!) {\n    budget(id: $id) {\n      id\n      commentCount\n    }\n  }\n": typeof types.BudgetCommentCountDocument,
    "\n  fragment BudgetProjectDetail on BudgetProject {\n    id\n    title\n    description\n    status\n    estimatedCost\n    cost\n    reviewNote\n    voteCount\n    progress\n    actualCost\n    hidden\n    hiddenReason\n    commentCount\n    createdAt\n    followerCount\n    viewerIsFollowing\n    location {\n      lat\n      lng\n      address\n    }\n    author {\n      id\n      displayName\n    }\n    envelope {\n      id\n      name\n    }\n    budget {\n      id\n      title\n      phase\n    }\n    mergedInto {\n      id\n      title\n    }\n    proposal {\n      id\n      title\n    }\n    images {\n      ...BudgetImage\n    }\n    updates(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          progress\n          actualCost\n          createdAt\n          images {\n            ...BudgetImage\n          }\n        }\n      }\n    }\n    comments(first: 20) {\n      ...CommentThreadConnection\n    }\n  }\n": typeof types.BudgetProjectDetailFragmentDoc,
    "\n  query BudgetProject($id: ID!) {\n    budgetProject(id: $id) {\n      ...BudgetProjectDetail\n    }\n  }\n": typeof types.BudgetProjectDocument,
    "\n  query BudgetProjectComments($id: ID!, $after: String) {\n    budgetProject(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n": typeof types.BudgetProjectCommentsDocument,
    "\n  query BudgetProjectCommentCount($id: ID!) {\n    budgetProject(id: $id) {\n      id\n      commentCount\n    }\n  }\n": typeof types.BudgetProjectCommentCountDocument,
    "\n  mutation SubmitBudgetProject($input: SubmitBudgetProjectInput!) {\n    submitBudgetProject(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitBudgetProjectDocument,
    "\n  mutation ReviewBudgetProject($id: ID!, $input: ReviewBudgetProjectInput!) {\n    reviewBudgetProject(id: $id, input: $input) {\n      ...BudgetProjectDetail\n    }\n  }\n": typeof types.ReviewBudgetProjectDocument,
    "\n  mutation AddBudgetProjectUpdate($id: ID!, $input: BudgetProjectUpdateInput!) {\n    addBudgetProjectUpdate(id: $id, input: $input) {\n      ...BudgetProjectDetail\n    }\n  }\n": typeof types.AddBudgetProjectUpdateDocument,
    "\n  mutation SetBallot($budgetId: ID!, $envelopeId: ID!, $projectIds: [ID!]!) {\n    setBallot(budgetId: $budgetId, envelopeId: $envelopeId, projectIds: $projectIds) {\n      id\n      voterCount\n      viewerBallot {\n        envelopeId\n        projectId\n      }\n    }\n  }\n": typeof types.SetBallotDocument,
    "\n  mutation AdvanceBudgetPhase($id: ID!) {\n    advanceBudgetPhase(id: $id) {\n      ...BudgetDetail\n    }\n  }\n": typeof types.AdvanceBudgetPhaseDocument,
    "\n  query BudgetFormOptions {\n    districts\n  }\n": typeof types.BudgetFormOptionsDocument,
    "\n  mutation CreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) {\n      ...BudgetDetail\n    }\n  }\n": typeof types.CreateBudgetDocument,
    "\n  query BudgetMergeCandidates($id: ID!) {\n    budget(id: $id) {\n      id\n      envelopes {\n        id\n        projects(first: 100) {\n          edges {\n            node {\n              id\n              title\n              status\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n": typeof types.BudgetMergeCandidatesDocument,
    "\n  mutation MergeBudgetProjects($id: ID!, $intoId: ID!, $note: String!) {\n    mergeBudgetProjects(id: $id, intoId: $intoId, note: $note) {\n      ...BudgetProjectDetail\n    }\n  }\n": typeof types.MergeBudgetProjectsDocument,
    "\n  mutation UpdateBudget($id: ID!, $input: UpdateBudgetInput!) {\n    updateBudget(id: $id, input: $input) {\n      ...BudgetDetail\n    }\n  }\n": typeof types.UpdateBudgetDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    score\n    viewerVote\n    hidden\n    hiddenReason\n    deleted\n    createdAt\n    editedAt\n    editableUntil\n    viewerCanEdit\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment CommentLeaf on Comment {\n    ...CommentFields\n    replies(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.CommentLeafFragmentDoc,
    "\n  fragment CommentRepliesPage on CommentConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...CommentLeaf\n      }\n    }\n  }\n": typeof types.CommentRepliesPageFragmentDoc,
    "\n  fragment CommentThreadNode on Comment {\n    ...CommentFields\n    replies(first: 5) {\n      ...CommentRepliesPage\n    }\n  }\n": typeof types.CommentThreadNodeFragmentDoc,
    "\n  fragment CommentThreadConnection on CommentConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...CommentThreadNode\n      }\n    }\n  }\n": typeof types.CommentThreadConnectionFragmentDoc,
    "\n  query CommentReplies($id: ID!, $first: Int!, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: $first, after: $after) {\n        ...CommentRepliesPage\n      }\n    }\n  }\n": typeof types.CommentRepliesDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentThreadNode\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation VoteComment($id: ID!, $value: Int!) {\n    voteComment(id: $id, value: $value) {\n      id\n      score\n      viewerVote\n    }\n  }\n": typeof types.VoteCommentDocument,
    "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      body\n      editedAt\n      viewerCanEdit\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  query CommuneSetup {\n    communeSetup {\n      identityDone\n      districtsCount\n      departmentsCount\n      servicesCount\n      complete\n    }\n  }\n": typeof types.CommuneSetupDocument,
    "\n  fragment CommuneIdentityFields on Commune {\n    name\n    configured\n    primaryColor\n    primaryTextColor\n    address\n    phone\n    email\n    website\n    openingHours\n    defaultLanguage\n    publicationDirector\n    host\n    dpoContact\n    accessibilityAuditDate\n    accessibilityAuditRate\n    accessibilityAuditor\n    accessibilityConformance\n    updatedAt\n    logo {\n      id\n      width\n      height\n      placeholder\n      thumb: url(variant: THUMB)\n      large: url(variant: LARGE)\n    }\n  }\n": typeof types.CommuneIdentityFieldsFragmentDoc,
    "\n  query CommuneIdentity {\n    commune {\n      ...CommuneIdentityFields\n    }\n  }\n": typeof types.CommuneIdentityDocument,
    "\n  mutation UpdateCommuneIdentity($input: CommuneIdentityInput!) {\n    updateCommuneIdentity(input: $input) {\n      ...CommuneIdentityFields\n    }\n  }\n": typeof types.UpdateCommuneIdentityDocument,
    "\n  mutation SetCommuneLogo($imageId: ID) {\n    setCommuneLogo(imageId: $imageId) {\n      ...CommuneIdentityFields\n    }\n  }\n": typeof types.SetCommuneLogoDocument,
    "\n  fragment DistrictFields on District {\n    id\n    name\n    position\n    archived\n    archivedAt\n    shape\n  }\n": typeof types.DistrictFieldsFragmentDoc,
    "\n  query DistrictList($first: Int, $after: String, $includeArchived: Boolean) {\n    districtList(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...DistrictFields\n        }\n      }\n    }\n  }\n": typeof types.DistrictListDocument,
    "\n  query District($id: ID!) {\n    district(id: $id) {\n      ...DistrictFields\n    }\n  }\n": typeof types.DistrictDocument,
    "\n  query ActiveDistricts {\n    districts\n  }\n": typeof types.ActiveDistrictsDocument,
    "\n  mutation CreateDistrict($input: CreateDistrictInput!) {\n    createDistrict(input: $input) {\n      ...DistrictFields\n    }\n  }\n": typeof types.CreateDistrictDocument,
    "\n  mutation UpdateDistrict($id: ID!, $input: UpdateDistrictInput!) {\n    updateDistrict(id: $id, input: $input) {\n      ...DistrictFields\n    }\n  }\n": typeof types.UpdateDistrictDocument,
    "\n  mutation MergeDistrict($id: ID!, $intoId: ID!) {\n    mergeDistrict(id: $id, intoId: $intoId) {\n      ...DistrictFields\n    }\n  }\n": typeof types.MergeDistrictDocument,
    "\n  mutation ArchiveDistrict($id: ID!) {\n    archiveDistrict(id: $id) {\n      ...DistrictFields\n    }\n  }\n": typeof types.ArchiveDistrictDocument,
    "\n  mutation RestoreDistrict($id: ID!) {\n    restoreDistrict(id: $id) {\n      ...DistrictFields\n    }\n  }\n": typeof types.RestoreDistrictDocument,
    "\n  query DistrictAt($latitude: Float!, $longitude: Float!) {\n    districtAt(latitude: $latitude, longitude: $longitude) {\n      id\n      name\n    }\n  }\n": typeof types.DistrictAtDocument,
    "\n  fragment LegalPageFields on LegalPage {\n    kind\n    language\n    slug\n    title\n    body\n    isDefault\n    updatedAt\n  }\n": typeof types.LegalPageFieldsFragmentDoc,
    "\n  query LegalPage($kind: LegalPageKind!, $language: Language) {\n    legalPage(kind: $kind, language: $language) {\n      ...LegalPageFields\n    }\n  }\n": typeof types.LegalPageDocument,
    "\n  query LegalPages {\n    legalNoticeFr: legalPage(kind: LEGAL_NOTICE, language: FR) {\n      ...LegalPageFields\n    }\n    legalNoticeEn: legalPage(kind: LEGAL_NOTICE, language: EN) {\n      ...LegalPageFields\n    }\n    privacyFr: legalPage(kind: PRIVACY, language: FR) {\n      ...LegalPageFields\n    }\n    privacyEn: legalPage(kind: PRIVACY, language: EN) {\n      ...LegalPageFields\n    }\n    accessibilityFr: legalPage(kind: ACCESSIBILITY, language: FR) {\n      ...LegalPageFields\n    }\n    accessibilityEn: legalPage(kind: ACCESSIBILITY, language: EN) {\n      ...LegalPageFields\n    }\n    termsFr: legalPage(kind: TERMS, language: FR) {\n      ...LegalPageFields\n    }\n    termsEn: legalPage(kind: TERMS, language: EN) {\n      ...LegalPageFields\n    }\n  }\n": typeof types.LegalPagesDocument,
    "\n  mutation UpdateLegalPage($input: UpdateLegalPageInput!) {\n    updateLegalPage(input: $input) {\n      ...LegalPageFields\n    }\n  }\n": typeof types.UpdateLegalPageDocument,
    "\n  mutation ResetLegalPage($kind: LegalPageKind!, $language: Language!) {\n    resetLegalPage(kind: $kind, language: $language) {\n      ...LegalPageFields\n    }\n  }\n": typeof types.ResetLegalPageDocument,
    "\n  fragment ConsultationCard on Consultation {\n    id\n    title\n    state\n    opensAt\n    closesAt\n    responseCount\n  }\n": typeof types.ConsultationCardFragmentDoc,
    "\n  query Consultations($first: Int!, $after: String, $filter: ConsultationFilter) {\n    consultations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ConsultationCard\n        }\n      }\n    }\n  }\n": typeof types.ConsultationsDocument,
    "\n  fragment QuestionFields on Question {\n    id\n    position\n    kind\n    prompt\n    required\n    maxChoices\n    maxLength\n    scaleMin\n    scaleMax\n    scaleMinLabel\n    scaleMaxLabel\n    options {\n      id\n      label\n      position\n    }\n  }\n": typeof types.QuestionFieldsFragmentDoc,
    "\n  fragment ConsultationResults on Consultation {\n    id\n    results {\n      questionId\n      kind\n      responseCount\n      scaleAverage\n      scaleDistribution\n      options {\n        optionId\n        label\n        count\n        share\n        averageRank\n      }\n      texts(first: 20) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsultationResultsFragmentDoc,
    "\n  fragment ConsultationDetail on Consultation {\n    id\n    title\n    description\n    state\n    opensAt\n    closesAt\n    createdAt\n    districts\n    resultsVisibility\n    responseCount\n    commentCount\n    followerCount\n    viewerIsFollowing\n    viewerHasResponded\n    responsesCsvUrl\n    viewerCanRespond {\n      allowed\n      reason\n    }\n    documents {\n      id\n      title\n      filename\n      size\n      url\n    }\n    conclusion {\n      body\n      publishedAt\n      author {\n        id\n        displayName\n      }\n    }\n    questions {\n      ...QuestionFields\n    }\n    viewerResponse {\n      id\n      submittedAt\n      answers {\n        questionId\n        optionIds\n        ranking\n        scale\n        text\n      }\n    }\n  }\n": typeof types.ConsultationDetailFragmentDoc,
    "\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      ...ConsultationDetail\n      comments(first: 20) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n": typeof types.ConsultationDocument,
    "\n  query ConsultationComments($id: ID!, $after: String) {\n    consultation(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n": typeof types.ConsultationCommentsDocument,
    "\n  query ConsultationCommentCount($id: ID!) {\n    consultation(id: $id) {\n      id\n      commentCount\n    }\n  }\n": typeof types.ConsultationCommentCountDocument,
    "\n  query ConsultationResultsPage($id: ID!) {\n    consultation(id: $id) {\n      ...ConsultationResults\n    }\n  }\n": typeof types.ConsultationResultsPageDocument,
    "\n  query ConsultationFreeTexts($id: ID!, $after: String) {\n    consultation(id: $id) {\n      id\n      results {\n        questionId\n        texts(first: 20, after: $after) {\n          totalCount\n          pageInfo {\n            ...PageInfoFields\n          }\n          edges {\n            cursor\n            node {\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsultationFreeTextsDocument,
    "\n  mutation SubmitConsultationResponse($input: SubmitConsultationResponseInput!) {\n    submitConsultationResponse(input: $input) {\n      id\n      submittedAt\n      answers {\n        questionId\n        optionIds\n        ranking\n        scale\n        text\n      }\n      consultation {\n        id\n        responseCount\n        viewerHasResponded\n        viewerCanRespond {\n          allowed\n          reason\n        }\n      }\n    }\n  }\n": typeof types.SubmitConsultationResponseDocument,
    "\n  query ConsultationDistricts {\n    districts\n  }\n": typeof types.ConsultationDistrictsDocument,
    "\n  mutation CreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      ...ConsultationDetail\n    }\n  }\n": typeof types.CreateConsultationDocument,
    "\n  mutation UpdateConsultation($id: ID!, $input: UpdateConsultationInput!) {\n    updateConsultation(id: $id, input: $input) {\n      ...ConsultationDetail\n    }\n  }\n": typeof types.UpdateConsultationDocument,
    "\n  mutation CloseConsultation($id: ID!) {\n    closeConsultation(id: $id) {\n      ...ConsultationDetail\n    }\n  }\n": typeof types.CloseConsultationDocument,
    "\n  mutation PublishConclusion($id: ID!, $body: String!) {\n    publishConclusion(id: $id, body: $body) {\n      ...ConsultationDetail\n    }\n  }\n": typeof types.PublishConclusionDocument,
    "\n  fragment StatsTotals on PublicStats {\n    from\n    to\n    district\n    generatedAt\n    count\n    open\n    resolved\n    medianHoursToAcknowledge\n    medianHoursToResolve\n    shareResolvedWithinTarget\n  }\n": typeof types.StatsTotalsFragmentDoc,
    "\n  query DashboardStats($from: DateTime, $to: DateTime, $district: String) {\n    stats(from: $from, to: $to, district: $district) {\n      ...StatsTotals\n      requestsByStatus {\n        key\n        count\n      }\n      requestsByDepartment {\n        code\n        name\n        count\n        open\n        resolved\n        medianHoursToAcknowledge\n        medianHoursToResolve\n        shareResolvedWithinTarget\n        oldestOpen {\n          reference\n          serviceName\n          status\n          submittedAt\n          ageDays\n        }\n      }\n      requestsByService {\n        code\n        name\n        kind\n        departmentCode\n        targetDays\n        count\n        open\n        resolved\n        medianHoursToAcknowledge\n        medianHoursToResolve\n        shareResolvedWithinTarget\n      }\n      proposalsByStatus {\n        key\n        count\n      }\n      proposals {\n        published\n        accepted\n        completed\n        averageProgress\n      }\n      consultationCount\n      consultationParticipation {\n        id\n        title\n        opensAt\n        closesAt\n        responses\n        eligibleResidents\n        shareOfEligible\n      }\n    }\n  }\n": typeof types.DashboardStatsDocument,
    "\n  query BilanStats($from: DateTime, $to: DateTime, $district: String) {\n    stats(from: $from, to: $to, district: $district) {\n      ...StatsTotals\n      proposals {\n        published\n        accepted\n        completed\n      }\n      consultationCount\n      requestsByMonth {\n        month\n        count\n        open\n        resolved\n        medianHoursToAcknowledge\n        medianHoursToResolve\n        shareResolvedWithinTarget\n      }\n    }\n  }\n": typeof types.BilanStatsDocument,
    "\n  query DashboardFilters {\n    districts\n    services {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.DashboardFiltersDocument,
    "\n  query PublicReports($first: Int!, $after: String, $filter: ServiceRequestFilter, $orderBy: ServiceRequestOrder) {\n    serviceRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          address\n          district\n          createdAt\n          isOverdue\n          location {\n            lat\n            lng\n          }\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PublicReportsDocument,
    "\n  fragment ForumImage on Image {\n    id\n    width\n    height\n    placeholder\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n": typeof types.ForumImageFragmentDoc,
    "\n  fragment ForumSummary on Forum {\n    id\n    title\n    description\n    position\n    archived\n    archivedAt\n    topicCount\n    lastActivityAt\n  }\n": typeof types.ForumSummaryFragmentDoc,
    "\n  query Forums {\n    forums {\n      ...ForumSummary\n    }\n  }\n": typeof types.ForumsDocument,
    "\n  query ForumSummaryById($id: ID!) {\n    forum(id: $id) {\n      ...ForumSummary\n    }\n  }\n": typeof types.ForumSummaryByIdDocument,
    "\n  query ArchivedForums($after: String) {\n    archivedForums(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ForumSummary\n        }\n      }\n    }\n  }\n": typeof types.ArchivedForumsDocument,
    "\n  fragment ForumTopicCard on ForumTopic {\n    id\n    title\n    pinned\n    locked\n    commentCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n    }\n    images {\n      ...ForumImage\n    }\n  }\n": typeof types.ForumTopicCardFragmentDoc,
    "\n  query Forum($id: ID!, $first: Int!, $after: String, $orderBy: ForumTopicOrder!) {\n    forum(id: $id) {\n      ...ForumSummary\n      followerCount\n      viewerIsFollowing\n      topics(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            ...ForumTopicCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.ForumDocument,
    "\n  fragment ForumTopicDetail on ForumTopic {\n    id\n    title\n    body\n    pinned\n    locked\n    hidden\n    hiddenReason\n    commentCount\n    commentsOpen\n    viewerCanEdit\n    createdAt\n    editedAt\n    lastActivityAt\n    followerCount\n    viewerIsFollowing\n    author {\n      id\n      displayName\n    }\n    forum {\n      id\n      title\n      archived\n    }\n    images {\n      ...ForumImage\n    }\n    comments(first: 20) {\n      ...CommentThreadConnection\n    }\n  }\n": typeof types.ForumTopicDetailFragmentDoc,
    "\n  query ForumTopic($id: ID!) {\n    forumTopic(id: $id) {\n      ...ForumTopicDetail\n    }\n  }\n": typeof types.ForumTopicDocument,
    "\n  query ForumTopicComments($id: ID!, $after: String) {\n    forumTopic(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n": typeof types.ForumTopicCommentsDocument,
    "\n  query ForumTopicCommentCount($id: ID!) {\n    forumTopic(id: $id) {\n      id\n      commentCount\n      lastActivityAt\n      viewerCanEdit\n    }\n  }\n": typeof types.ForumTopicCommentCountDocument,
    "\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      ...ForumSummary\n    }\n  }\n": typeof types.CreateForumDocument,
    "\n  mutation UpdateForum($id: ID!, $input: UpdateForumInput!) {\n    updateForum(id: $id, input: $input) {\n      ...ForumSummary\n    }\n  }\n": typeof types.UpdateForumDocument,
    "\n  mutation MoveForum($id: ID!, $direction: ForumMoveDirection!) {\n    moveForum(id: $id, direction: $direction) {\n      ...ForumSummary\n    }\n  }\n": typeof types.MoveForumDocument,
    "\n  mutation ArchiveForum($id: ID!) {\n    archiveForum(id: $id) {\n      ...ForumSummary\n    }\n  }\n": typeof types.ArchiveForumDocument,
    "\n  mutation RestoreForum($id: ID!) {\n    restoreForum(id: $id) {\n      ...ForumSummary\n    }\n  }\n": typeof types.RestoreForumDocument,
    "\n  mutation CreateForumTopic($input: CreateForumTopicInput!) {\n    createForumTopic(input: $input) {\n      ...ForumTopicDetail\n    }\n  }\n": typeof types.CreateForumTopicDocument,
    "\n  mutation UpdateForumTopic($id: ID!, $input: UpdateForumTopicInput!) {\n    updateForumTopic(id: $id, input: $input) {\n      ...ForumTopicDetail\n    }\n  }\n": typeof types.UpdateForumTopicDocument,
    "\n  mutation SetTopicPinned($id: ID!, $pinned: Boolean!) {\n    setTopicPinned(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": typeof types.SetTopicPinnedDocument,
    "\n  mutation SetTopicLocked($id: ID!, $locked: Boolean!) {\n    setTopicLocked(id: $id, locked: $locked) {\n      id\n      locked\n      commentsOpen\n      viewerCanEdit\n    }\n  }\n": typeof types.SetTopicLockedDocument,
    "\n  query HomePopularProposals($first: Int!, $after: String, $orderBy: ProposalOrder) {\n    proposals(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          supportCount\n          supportThreshold\n          district\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.HomePopularProposalsDocument,
    "\n  query HomeResolvedRequests($first: Int!, $after: String, $filter: ServiceRequestFilter, $orderBy: ServiceRequestOrder) {\n    serviceRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          reference\n          address\n          district\n          resolvedAt\n          service {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.HomeResolvedRequestsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Districts {\n    districts\n  }\n": typeof types.DistrictsDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": typeof types.RevokeOtherSessionsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query MyAccountStatus {\n    me {\n      id\n      email\n      emailVerified\n      locale\n    }\n  }\n": typeof types.MyAccountStatusDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation SetMyLocale($locale: Language!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  mutation FlagContent($targetType: FlagTargetType!, $targetId: ID!, $reason: FlagReason!, $note: String) {\n    flagContent(targetType: $targetType, targetId: $targetId, reason: $reason, note: $note)\n  }\n": typeof types.FlagContentDocument,
    "\n  fragment ModerationItemFields on FlaggedItem {\n    id\n    targetType\n    targetId\n    openFlagCount\n    firstOpenFlagAt\n    lastFlaggedAt\n    reasonCounts {\n      reason\n      count\n    }\n    notes(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          note\n          createdAt\n        }\n      }\n    }\n    content {\n      targetType\n      targetId\n      title\n      text\n      createdAt\n      path\n      hidden\n      hiddenAt\n      hiddenReason\n      author {\n        id\n        displayName\n      }\n      context {\n        type\n        id\n        title\n      }\n      image {\n        id\n        width\n        height\n        placeholder\n        thumb: url(variant: THUMB)\n        large: url(variant: LARGE)\n      }\n    }\n  }\n": typeof types.ModerationItemFieldsFragmentDoc,
    "\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationItemFields\n        }\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  query ModerationItem($targetType: FlagTargetType!, $targetId: ID!) {\n    moderationItem(targetType: $targetType, targetId: $targetId) {\n      ...ModerationItemFields\n    }\n  }\n": typeof types.ModerationItemDocument,
    "\n  mutation HideContent($targetType: FlagTargetType!, $targetId: ID!, $reason: String!, $ground: FlagReason) {\n    hideContent(targetType: $targetType, targetId: $targetId, reason: $reason, ground: $ground)\n  }\n": typeof types.HideContentDocument,
    "\n  mutation RestoreContent($targetType: FlagTargetType!, $targetId: ID!, $reason: String) {\n    restoreContent(targetType: $targetType, targetId: $targetId, reason: $reason)\n  }\n": typeof types.RestoreContentDocument,
    "\n  mutation DismissFlags($targetType: FlagTargetType!, $targetId: ID!, $reason: String) {\n    dismissFlags(targetType: $targetType, targetId: $targetId, reason: $reason)\n  }\n": typeof types.DismissFlagsDocument,
    "\n  fragment SuspensionFields on Suspension {\n    id\n    until\n    reason\n    createdAt\n    active\n    liftedAt\n    liftReason\n    user {\n      id\n      displayName\n    }\n    suspendedBy {\n      id\n      displayName\n    }\n    liftedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.SuspensionFieldsFragmentDoc,
    "\n  mutation SuspendAccount($userId: ID!, $until: DateTime!, $reason: String!) {\n    suspendAccount(userId: $userId, until: $until, reason: $reason) {\n      ...SuspensionFields\n    }\n  }\n": typeof types.SuspendAccountDocument,
    "\n  mutation LiftSuspension($userId: ID!, $reason: String) {\n    liftSuspension(userId: $userId, reason: $reason) {\n      ...SuspensionFields\n    }\n  }\n": typeof types.LiftSuspensionDocument,
    "\n  query Suspensions($first: Int!, $after: String, $userId: ID, $includeEnded: Boolean) {\n    suspensions(first: $first, after: $after, userId: $userId, includeEnded: $includeEnded) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...SuspensionFields\n        }\n      }\n    }\n  }\n": typeof types.SuspensionsDocument,
    "\n  query MySuspension {\n    mySuspension {\n      id\n      until\n      reason\n    }\n  }\n": typeof types.MySuspensionDocument,
    "\n  fragment ModerationLogEntryFields on ModerationLogEntry {\n    id\n    action\n    targetType\n    targetId\n    reason\n    ground\n    details\n    createdAt\n    actor {\n      id\n      displayName\n    }\n    subject {\n      id\n      displayName\n    }\n  }\n": typeof types.ModerationLogEntryFieldsFragmentDoc,
    "\n  query ModerationLog($first: Int!, $after: String, $filter: ModerationLogFilter) {\n    moderationLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationLogEntryFields\n        }\n      }\n    }\n  }\n": typeof types.ModerationLogDocument,
    "\n  query Transparency($from: DateTime, $to: DateTime) {\n    moderationTransparency(from: $from, to: $to) {\n      from\n      to\n      byMonth {\n        month\n        flags\n        hidden\n        restored\n        suspensions\n      }\n      byGround {\n        month\n        ground\n        hidden\n        restored\n      }\n    }\n  }\n": typeof types.TransparencyDocument,
    "\n  fragment FollowStateFields on FollowState {\n    targetType\n    targetId\n    followerCount\n    viewerIsFollowing\n  }\n": typeof types.FollowStateFieldsFragmentDoc,
    "\n  mutation Follow($targetType: FollowTargetType!, $targetId: ID!) {\n    follow(targetType: $targetType, targetId: $targetId) {\n      ...FollowStateFields\n    }\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($targetType: FollowTargetType!, $targetId: ID!) {\n    unfollow(targetType: $targetType, targetId: $targetId) {\n      ...FollowStateFields\n    }\n  }\n": typeof types.UnfollowDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    targetType\n    targetId\n    payload\n    read\n    createdAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  fragment NotificationPreferenceFields on NotificationPreference {\n    kind\n    channel\n    frequency\n    defaultFrequency\n    label\n    group\n    groupLabel\n  }\n": typeof types.NotificationPreferenceFieldsFragmentDoc,
    "\n  query NotificationPreferences($locale: Language) {\n    notificationPreferences(locale: $locale) {\n      ...NotificationPreferenceFields\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: String!, $frequency: NotificationFrequency!, $locale: Language) {\n    setNotificationPreference(kind: $kind, channel: EMAIL, frequency: $frequency, locale: $locale) {\n      ...NotificationPreferenceFields\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query UnsubscribeLink($token: String!, $locale: Language) {\n    unsubscribeLink(token: $token, locale: $locale) {\n      kind\n      label\n    }\n  }\n": typeof types.UnsubscribeLinkDocument,
    "\n  mutation Unsubscribe($token: String!, $locale: Language) {\n    unsubscribe(token: $token, locale: $locale) {\n      kind\n      label\n    }\n  }\n": typeof types.UnsubscribeDocument,
    "\n  query MapSettings {\n    commune {\n      map {\n        tileUrl\n        attribution\n        center {\n          lat\n          lng\n        }\n        zoom\n        bounds {\n          south\n          west\n          north\n          east\n        }\n      }\n    }\n  }\n": typeof types.MapSettingsDocument,
    "\n  fragment ProposalImage on Image {\n    id\n    width\n    height\n    placeholder\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n": typeof types.ProposalImageFragmentDoc,
    "\n  fragment ProposalCard on Proposal {\n    id\n    title\n    status\n    hidden\n    district\n    supportCount\n    supportThreshold\n    commentCount\n    publishedAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n    category {\n      id\n      name\n    }\n    images {\n      ...ProposalImage\n    }\n  }\n": typeof types.ProposalCardFragmentDoc,
    "\n  query Proposals($first: Int!, $after: String, $filter: ProposalFilter, $orderBy: ProposalOrder) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProposalCard\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  query ProposalFormOptions {\n    categories {\n      id\n      name\n    }\n    districts\n  }\n": typeof types.ProposalFormOptionsDocument,
    "\n  query SimilarProposals($title: String!, $body: String) {\n    similarProposals(title: $title, body: $body, first: 5) {\n      id\n      title\n      status\n      supportCount\n    }\n  }\n": typeof types.SimilarProposalsDocument,
    "\n  fragment ProposalDetail on Proposal {\n    ...ProposalCard\n    body\n    hiddenReason\n    location {\n      lat\n      lng\n    }\n    supportsOpen\n    supportDeadline\n    thresholdReachedAt\n    viewerHasSupported\n    followerCount\n    viewerIsFollowing\n    progress\n    updatedAt\n    officialAnswer {\n      status\n      body\n      publishedAt\n      author {\n        id\n        displayName\n      }\n    }\n    progressUpdates {\n      id\n      body\n      progress\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    timeline {\n      id\n      kind\n      fromStatus\n      toStatus\n      body\n      progress\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ProposalDetailFragmentDoc,
    "\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalDetail\n      comments(first: 20) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n": typeof types.ProposalDocument,
    "\n  query ProposalDetail($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalDetail\n    }\n  }\n": typeof types.ProposalDetailDocument,
    "\n  query ProposalComments($id: ID!, $after: String) {\n    proposal(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n": typeof types.ProposalCommentsDocument,
    "\n  query ProposalCommentCount($id: ID!) {\n    proposal(id: $id) {\n      id\n      commentCount\n    }\n  }\n": typeof types.ProposalCommentCountDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      ...ProposalDetail\n    }\n  }\n": typeof types.CreateProposalDocument,
    "\n  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, input: $input) {\n      ...ProposalDetail\n    }\n  }\n": typeof types.UpdateProposalDocument,
    "\n  mutation PublishProposal($id: ID!) {\n    publishProposal(id: $id) {\n      ...ProposalDetail\n    }\n  }\n": typeof types.PublishProposalDocument,
    "\n  mutation WithdrawProposal($id: ID!) {\n    withdrawProposal(id: $id) {\n      ...ProposalDetail\n    }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  fragment SupportResult on Proposal {\n    id\n    supportCount\n    viewerHasSupported\n    followerCount\n    viewerIsFollowing\n    status\n    supportsOpen\n    thresholdReachedAt\n  }\n": typeof types.SupportResultFragmentDoc,
    "\n  mutation SupportProposal($id: ID!) {\n    supportProposal(id: $id) {\n      ...SupportResult\n    }\n  }\n": typeof types.SupportProposalDocument,
    "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      ...SupportResult\n    }\n  }\n": typeof types.WithdrawSupportDocument,
    "\n  mutation AnswerProposal($id: ID!, $input: AnswerProposalInput!) {\n    answerProposal(id: $id, input: $input) {\n      ...ProposalDetail\n    }\n  }\n": typeof types.AnswerProposalDocument,
    "\n  mutation AddProgressUpdate($id: ID!, $input: ProgressUpdateInput!) {\n    addProgressUpdate(id: $id, input: $input) {\n      ...ProposalDetail\n    }\n  }\n": typeof types.AddProgressUpdateDocument,
    "\n  fragment ServiceFieldFields on ServiceField {\n    code\n    label\n    kind\n    required\n    description\n    options {\n      value\n      label\n    }\n    min\n    max\n    maxLength\n  }\n": typeof types.ServiceFieldFieldsFragmentDoc,
    "\n  query ServiceCatalogue {\n    services {\n      id\n      code\n      name\n      description\n      kind\n      publicRequests\n      group\n      targetDays\n      fields {\n        ...ServiceFieldFields\n      }\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ServiceCatalogueDocument,
    "\n  query ServiceRequestDistricts {\n    districts\n  }\n": typeof types.ServiceRequestDistrictsDocument,
    "\n  fragment ServiceRequestImage on Image {\n    id\n    width\n    height\n    placeholder\n    hidden\n    hiddenReason\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n": typeof types.ServiceRequestImageFragmentDoc,
    "\n  fragment ServiceRequestEventFields on ServiceRequestEvent {\n    id\n    kind\n    fromStatus\n    toStatus\n    body\n    byRequester\n    createdAt\n    rating\n    originalReference\n    priority\n    author {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n    images {\n      ...ServiceRequestImage\n    }\n  }\n": typeof types.ServiceRequestEventFieldsFragmentDoc,
    "\n  fragment ServiceRequestDetailFields on ServiceRequest {\n    id\n    reference\n    status\n    description\n    address\n    district\n    resolution\n    rating\n    ratingComment\n    priority\n    location {\n      lat\n      lng\n    }\n    images {\n      ...ServiceRequestImage\n    }\n    fieldValues {\n      code\n      label\n      kind\n      value\n      optionLabel\n    }\n    requester {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n    service {\n      id\n      name\n      kind\n      publicRequests\n    }\n    department {\n      id\n      name\n    }\n    events {\n      ...ServiceRequestEventFields\n    }\n    followerCount\n    viewerIsFollowing\n    viewerIsRequester\n    viewerCanManage\n    expectedAt\n    isOverdue\n    duplicateOf {\n      id\n      reference\n    }\n    createdAt\n    resolvedAt\n    closedAt\n  }\n": typeof types.ServiceRequestDetailFieldsFragmentDoc,
    "\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": typeof types.ServiceRequestDocument,
    "\n  subscription ServiceRequestUpdated($id: ID!) {\n    serviceRequestUpdated(id: $id) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": typeof types.ServiceRequestUpdatedDocument,
    "\n  query ServiceRequestByReference($reference: String!) {\n    serviceRequestByReference(reference: $reference) {\n      id\n      reference\n      status\n      description\n      address\n      district\n      service {\n        id\n        name\n        kind\n      }\n      images {\n        ...ServiceRequestImage\n      }\n      events {\n        id\n        kind\n        fromStatus\n        toStatus\n        body\n        byRequester\n        createdAt\n        rating\n        originalReference\n      }\n      followerCount\n      expectedAt\n      isOverdue\n      createdAt\n      resolvedAt\n    }\n  }\n": typeof types.ServiceRequestByReferenceDocument,
    "\n  query ServiceRequestIdByReference($reference: String!) {\n    serviceRequestByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n": typeof types.ServiceRequestIdByReferenceDocument,
    "\n  query MyServiceRequests($first: Int!, $after: String) {\n    myServiceRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          createdAt\n          isOverdue\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyServiceRequestsDocument,
    "\n  query ServiceRequestQueue($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          address\n          district\n          createdAt\n          expectedAt\n          isOverdue\n          priority\n          service {\n            id\n            name\n          }\n          assignee {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ServiceRequestQueueDocument,
    "\n  query NearbyServiceRequests($filter: ServiceRequestFilter) {\n    serviceRequests(first: 5, filter: $filter) {\n      edges {\n        node {\n          id\n          reference\n          status\n          description\n          address\n          createdAt\n          distanceMeters\n          viewerIsFollowing\n        }\n      }\n    }\n  }\n": typeof types.NearbyServiceRequestsDocument,
    "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.CreateServiceRequestDocument,
    "\n  mutation ChangeServiceRequestStatus($id: ID!, $status: ServiceRequestStatus!, $message: String) {\n    changeServiceRequestStatus(id: $id, status: $status, message: $message) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": typeof types.ChangeServiceRequestStatusDocument,
    "\n  mutation AssignServiceRequest($id: ID!, $assigneeId: ID) {\n    assignServiceRequest(id: $id, assigneeId: $assigneeId) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": typeof types.AssignServiceRequestDocument,
    "\n  mutation SetServiceRequestPriority($id: ID!, $priority: ServiceRequestPriority!) {\n    setServiceRequestPriority(id: $id, priority: $priority) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": typeof types.SetServiceRequestPriorityDocument,
    "\n  mutation AddServiceRequestNote($id: ID!, $body: String!, $internal: Boolean!) {\n    addServiceRequestNote(id: $id, body: $body, internal: $internal) {\n      ...ServiceRequestEventFields\n    }\n  }\n": typeof types.AddServiceRequestNoteDocument,
    "\n  mutation ContactRequester($id: ID!, $body: String!, $channel: ContactChannel!) {\n    contactRequester(id: $id, body: $body, channel: $channel) {\n      ...ServiceRequestEventFields\n    }\n  }\n": typeof types.ContactRequesterDocument,
    "\n  mutation MarkServiceRequestDuplicate($id: ID!, $originalId: ID!) {\n    markServiceRequestDuplicate(id: $id, originalId: $originalId) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": typeof types.MarkServiceRequestDuplicateDocument,
    "\n  mutation ReplyToServiceRequest($id: ID!, $body: String!, $imageIds: [ID!]) {\n    replyToServiceRequest(id: $id, body: $body, imageIds: $imageIds) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": typeof types.ReplyToServiceRequestDocument,
    "\n  mutation RateServiceRequest($id: ID!, $rating: Int!, $comment: String) {\n    rateServiceRequest(id: $id, rating: $rating, comment: $comment) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": typeof types.RateServiceRequestDocument,
    "\n  mutation ReopenServiceRequest($id: ID!, $reason: String!) {\n    reopenServiceRequest(id: $id, reason: $reason) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": typeof types.ReopenServiceRequestDocument,
    "\n  query ResponseTemplates($departmentId: ID!) {\n    responseTemplates(departmentId: $departmentId) {\n      id\n      title\n      body\n    }\n  }\n": typeof types.ResponseTemplatesDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roles\n      district\n      createdAt\n      departments {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query ShellCommune {\n    commune {\n      name\n      configured\n      primaryColor\n      primaryTextColor\n      address\n      phone\n      email\n      website\n      openingHours\n      defaultLanguage\n      accessibilityConformance\n      logo {\n        id\n        url(variant: THUMB)\n      }\n    }\n  }\n": types.ShellCommuneDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  fragment AdminDepartmentFields on Department {\n    id\n    code\n    name\n    archived\n    archivedAt\n  }\n": types.AdminDepartmentFieldsFragmentDoc,
    "\n  query AdminDepartments {\n    departments(includeArchived: true) {\n      ...AdminDepartmentFields\n    }\n  }\n": types.AdminDepartmentsDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      name\n      archived\n      archivedAt\n    }\n  }\n": types.AdminCategoriesDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      archived\n      archivedAt\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n      name\n      archived\n      archivedAt\n    }\n  }\n": types.UpdateCategoryDocument,
    "\n  fragment AdminServiceFields on Service {\n    id\n    code\n    name\n    description\n    kind\n    group\n    position\n    publicRequests\n    targetDays\n    active\n    department {\n      id\n      name\n      archived\n    }\n    fields {\n      code\n      label\n      kind\n      required\n      description\n      options {\n        value\n        label\n      }\n      min\n      max\n      maxLength\n    }\n  }\n": types.AdminServiceFieldsFragmentDoc,
    "\n  query AdminServices {\n    services(includeInactive: true) {\n      ...AdminServiceFields\n    }\n  }\n": types.AdminServicesDocument,
    "\n  query AdminService($id: ID!) {\n    service(id: $id) {\n      ...AdminServiceFields\n    }\n  }\n": types.AdminServiceDocument,
    "\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...AdminServiceFields\n    }\n  }\n": types.CreateServiceDocument,
    "\n  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      ...AdminServiceFields\n    }\n  }\n": types.UpdateServiceDocument,
    "\n  mutation MoveService($id: ID!, $direction: ServiceMoveDirection!) {\n    moveService(id: $id, direction: $direction) {\n      id\n      position\n    }\n  }\n": types.MoveServiceDocument,
    "\n  fragment AdminTemplateFields on ResponseTemplate {\n    id\n    departmentId\n    title\n    body\n    updatedAt\n  }\n": types.AdminTemplateFieldsFragmentDoc,
    "\n  query AdminResponseTemplates($departmentId: ID!) {\n    responseTemplates(departmentId: $departmentId) {\n      ...AdminTemplateFields\n    }\n  }\n": types.AdminResponseTemplatesDocument,
    "\n  mutation AdminCreateResponseTemplate($input: CreateResponseTemplateInput!) {\n    createResponseTemplate(input: $input) {\n      ...AdminTemplateFields\n    }\n  }\n": types.AdminCreateResponseTemplateDocument,
    "\n  mutation AdminUpdateResponseTemplate($id: ID!, $input: UpdateResponseTemplateInput!) {\n    updateResponseTemplate(id: $id, input: $input) {\n      ...AdminTemplateFields\n    }\n  }\n": types.AdminUpdateResponseTemplateDocument,
    "\n  mutation AdminDeleteResponseTemplate($id: ID!) {\n    deleteResponseTemplate(id: $id)\n  }\n": types.AdminDeleteResponseTemplateDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    displayName\n    email\n    roles\n    district\n    createdAt\n    departments {\n      id\n      name\n      archived\n    }\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($first: Int, $after: String, $search: String, $role: Role) {\n    users(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...AdminUserFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminUserDocument,
    "\n  mutation GrantRole($userId: ID!, $role: Role!, $departmentId: ID) {\n    grantRole(userId: $userId, role: $role, departmentId: $departmentId) {\n      ...AdminUserFields\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($userId: ID!, $role: Role!, $departmentId: ID) {\n    revokeRole(userId: $userId, role: $role, departmentId: $departmentId) {\n      ...AdminUserFields\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  query AdminOpen311ApiKeys {\n    open311ApiKeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.AdminOpen311ApiKeysDocument,
    "\n  mutation CreateOpen311ApiKey($name: String!) {\n    createOpen311ApiKey(name: $name)\n  }\n": types.CreateOpen311ApiKeyDocument,
    "\n  mutation RevokeOpen311ApiKey($id: ID!) {\n    revokeOpen311ApiKey(id: $id)\n  }\n": types.RevokeOpen311ApiKeyDocument,
    "\n  fragment BudgetImage on Image {\n    id\n    width\n    height\n    placeholder\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n": types.BudgetImageFragmentDoc,
    "\n  query Budgets($first: Int!, $after: String) {\n    budgets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          phase\n          totalAmount\n          voterCount\n          phases {\n            phase\n            startsAt\n            endsAt\n          }\n        }\n      }\n    }\n  }\n": types.BudgetsDocument,
    "\n  fragment BudgetProjectRow on BudgetProject {\n    id\n    title\n    status\n    estimatedCost\n    cost\n    voteCount\n    progress\n  }\n": types.BudgetProjectRowFragmentDoc,
    "\n  fragment BudgetDetail on Budget {\n    id\n    title\n    description\n    rules\n    totalAmount\n    phase\n    votingStyle\n    maxChoices\n    minProjects\n    voterCount\n    progress\n    rulesEditable\n    commentCount\n    followerCount\n    viewerIsFollowing\n    comments(first: 20) {\n      ...CommentThreadConnection\n    }\n    phases {\n      phase\n      startsAt\n      endsAt\n    }\n    participation {\n      district\n      voters\n      residents\n      share\n    }\n    turnout {\n      voters\n      residents\n      share\n    }\n    viewerBallot {\n      envelopeId\n      projectId\n    }\n    envelopes {\n      id\n      name\n      district\n      amount\n      projects(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...BudgetProjectRow\n          }\n        }\n      }\n      results {\n        rank\n        votes\n        selected\n        project {\n          ...BudgetProjectRow\n        }\n      }\n    }\n  }\n": types.BudgetDetailFragmentDoc,
    "\n  query Budget($id: ID!) {\n    budget(id: $id) {\n      ...BudgetDetail\n    }\n  }\n": types.BudgetDocument,
    "\n  query BudgetComments($id: ID!, $after: String) {\n    budget(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n": types.BudgetCommentsDocument,
    "\n  query BudgetCommentCount($id: ID!) {\n    budget(id: $id) {\n      id\n      commentCount\n    }\n  }\n": types.BudgetCommentCountDocument,
    "\n  fragment BudgetProjectDetail on BudgetProject {\n    id\n    title\n    description\n    status\n    estimatedCost\n    cost\n    reviewNote\n    voteCount\n    progress\n    actualCost\n    hidden\n    hiddenReason\n    commentCount\n    createdAt\n    followerCount\n    viewerIsFollowing\n    location {\n      lat\n      lng\n      address\n    }\n    author {\n      id\n      displayName\n    }\n    envelope {\n      id\n      name\n    }\n    budget {\n      id\n      title\n      phase\n    }\n    mergedInto {\n      id\n      title\n    }\n    proposal {\n      id\n      title\n    }\n    images {\n      ...BudgetImage\n    }\n    updates(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          progress\n          actualCost\n          createdAt\n          images {\n            ...BudgetImage\n          }\n        }\n      }\n    }\n    comments(first: 20) {\n      ...CommentThreadConnection\n    }\n  }\n": types.BudgetProjectDetailFragmentDoc,
    "\n  query BudgetProject($id: ID!) {\n    budgetProject(id: $id) {\n      ...BudgetProjectDetail\n    }\n  }\n": types.BudgetProjectDocument,
    "\n  query BudgetProjectComments($id: ID!, $after: String) {\n    budgetProject(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n": types.BudgetProjectCommentsDocument,
    "\n  query BudgetProjectCommentCount($id: ID!) {\n    budgetProject(id: $id) {\n      id\n      commentCount\n    }\n  }\n": types.BudgetProjectCommentCountDocument,
    "\n  mutation SubmitBudgetProject($input: SubmitBudgetProjectInput!) {\n    submitBudgetProject(input: $input) {\n      id\n    }\n  }\n": types.SubmitBudgetProjectDocument,
    "\n  mutation ReviewBudgetProject($id: ID!, $input: ReviewBudgetProjectInput!) {\n    reviewBudgetProject(id: $id, input: $input) {\n      ...BudgetProjectDetail\n    }\n  }\n": types.ReviewBudgetProjectDocument,
    "\n  mutation AddBudgetProjectUpdate($id: ID!, $input: BudgetProjectUpdateInput!) {\n    addBudgetProjectUpdate(id: $id, input: $input) {\n      ...BudgetProjectDetail\n    }\n  }\n": types.AddBudgetProjectUpdateDocument,
    "\n  mutation SetBallot($budgetId: ID!, $envelopeId: ID!, $projectIds: [ID!]!) {\n    setBallot(budgetId: $budgetId, envelopeId: $envelopeId, projectIds: $projectIds) {\n      id\n      voterCount\n      viewerBallot {\n        envelopeId\n        projectId\n      }\n    }\n  }\n": types.SetBallotDocument,
    "\n  mutation AdvanceBudgetPhase($id: ID!) {\n    advanceBudgetPhase(id: $id) {\n      ...BudgetDetail\n    }\n  }\n": types.AdvanceBudgetPhaseDocument,
    "\n  query BudgetFormOptions {\n    districts\n  }\n": types.BudgetFormOptionsDocument,
    "\n  mutation CreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) {\n      ...BudgetDetail\n    }\n  }\n": types.CreateBudgetDocument,
    "\n  query BudgetMergeCandidates($id: ID!) {\n    budget(id: $id) {\n      id\n      envelopes {\n        id\n        projects(first: 100) {\n          edges {\n            node {\n              id\n              title\n              status\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n": types.BudgetMergeCandidatesDocument,
    "\n  mutation MergeBudgetProjects($id: ID!, $intoId: ID!, $note: String!) {\n    mergeBudgetProjects(id: $id, intoId: $intoId, note: $note) {\n      ...BudgetProjectDetail\n    }\n  }\n": types.MergeBudgetProjectsDocument,
    "\n  mutation UpdateBudget($id: ID!, $input: UpdateBudgetInput!) {\n    updateBudget(id: $id, input: $input) {\n      ...BudgetDetail\n    }\n  }\n": types.UpdateBudgetDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    score\n    viewerVote\n    hidden\n    hiddenReason\n    deleted\n    createdAt\n    editedAt\n    editableUntil\n    viewerCanEdit\n    author {\n      id\n      displayName\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment CommentLeaf on Comment {\n    ...CommentFields\n    replies(first: 1) {\n      totalCount\n    }\n  }\n": types.CommentLeafFragmentDoc,
    "\n  fragment CommentRepliesPage on CommentConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...CommentLeaf\n      }\n    }\n  }\n": types.CommentRepliesPageFragmentDoc,
    "\n  fragment CommentThreadNode on Comment {\n    ...CommentFields\n    replies(first: 5) {\n      ...CommentRepliesPage\n    }\n  }\n": types.CommentThreadNodeFragmentDoc,
    "\n  fragment CommentThreadConnection on CommentConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...CommentThreadNode\n      }\n    }\n  }\n": types.CommentThreadConnectionFragmentDoc,
    "\n  query CommentReplies($id: ID!, $first: Int!, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: $first, after: $after) {\n        ...CommentRepliesPage\n      }\n    }\n  }\n": types.CommentRepliesDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentThreadNode\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation VoteComment($id: ID!, $value: Int!) {\n    voteComment(id: $id, value: $value) {\n      id\n      score\n      viewerVote\n    }\n  }\n": types.VoteCommentDocument,
    "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      body\n      editedAt\n      viewerCanEdit\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  query CommuneSetup {\n    communeSetup {\n      identityDone\n      districtsCount\n      departmentsCount\n      servicesCount\n      complete\n    }\n  }\n": types.CommuneSetupDocument,
    "\n  fragment CommuneIdentityFields on Commune {\n    name\n    configured\n    primaryColor\n    primaryTextColor\n    address\n    phone\n    email\n    website\n    openingHours\n    defaultLanguage\n    publicationDirector\n    host\n    dpoContact\n    accessibilityAuditDate\n    accessibilityAuditRate\n    accessibilityAuditor\n    accessibilityConformance\n    updatedAt\n    logo {\n      id\n      width\n      height\n      placeholder\n      thumb: url(variant: THUMB)\n      large: url(variant: LARGE)\n    }\n  }\n": types.CommuneIdentityFieldsFragmentDoc,
    "\n  query CommuneIdentity {\n    commune {\n      ...CommuneIdentityFields\n    }\n  }\n": types.CommuneIdentityDocument,
    "\n  mutation UpdateCommuneIdentity($input: CommuneIdentityInput!) {\n    updateCommuneIdentity(input: $input) {\n      ...CommuneIdentityFields\n    }\n  }\n": types.UpdateCommuneIdentityDocument,
    "\n  mutation SetCommuneLogo($imageId: ID) {\n    setCommuneLogo(imageId: $imageId) {\n      ...CommuneIdentityFields\n    }\n  }\n": types.SetCommuneLogoDocument,
    "\n  fragment DistrictFields on District {\n    id\n    name\n    position\n    archived\n    archivedAt\n    shape\n  }\n": types.DistrictFieldsFragmentDoc,
    "\n  query DistrictList($first: Int, $after: String, $includeArchived: Boolean) {\n    districtList(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...DistrictFields\n        }\n      }\n    }\n  }\n": types.DistrictListDocument,
    "\n  query District($id: ID!) {\n    district(id: $id) {\n      ...DistrictFields\n    }\n  }\n": types.DistrictDocument,
    "\n  query ActiveDistricts {\n    districts\n  }\n": types.ActiveDistrictsDocument,
    "\n  mutation CreateDistrict($input: CreateDistrictInput!) {\n    createDistrict(input: $input) {\n      ...DistrictFields\n    }\n  }\n": types.CreateDistrictDocument,
    "\n  mutation UpdateDistrict($id: ID!, $input: UpdateDistrictInput!) {\n    updateDistrict(id: $id, input: $input) {\n      ...DistrictFields\n    }\n  }\n": types.UpdateDistrictDocument,
    "\n  mutation MergeDistrict($id: ID!, $intoId: ID!) {\n    mergeDistrict(id: $id, intoId: $intoId) {\n      ...DistrictFields\n    }\n  }\n": types.MergeDistrictDocument,
    "\n  mutation ArchiveDistrict($id: ID!) {\n    archiveDistrict(id: $id) {\n      ...DistrictFields\n    }\n  }\n": types.ArchiveDistrictDocument,
    "\n  mutation RestoreDistrict($id: ID!) {\n    restoreDistrict(id: $id) {\n      ...DistrictFields\n    }\n  }\n": types.RestoreDistrictDocument,
    "\n  query DistrictAt($latitude: Float!, $longitude: Float!) {\n    districtAt(latitude: $latitude, longitude: $longitude) {\n      id\n      name\n    }\n  }\n": types.DistrictAtDocument,
    "\n  fragment LegalPageFields on LegalPage {\n    kind\n    language\n    slug\n    title\n    body\n    isDefault\n    updatedAt\n  }\n": types.LegalPageFieldsFragmentDoc,
    "\n  query LegalPage($kind: LegalPageKind!, $language: Language) {\n    legalPage(kind: $kind, language: $language) {\n      ...LegalPageFields\n    }\n  }\n": types.LegalPageDocument,
    "\n  query LegalPages {\n    legalNoticeFr: legalPage(kind: LEGAL_NOTICE, language: FR) {\n      ...LegalPageFields\n    }\n    legalNoticeEn: legalPage(kind: LEGAL_NOTICE, language: EN) {\n      ...LegalPageFields\n    }\n    privacyFr: legalPage(kind: PRIVACY, language: FR) {\n      ...LegalPageFields\n    }\n    privacyEn: legalPage(kind: PRIVACY, language: EN) {\n      ...LegalPageFields\n    }\n    accessibilityFr: legalPage(kind: ACCESSIBILITY, language: FR) {\n      ...LegalPageFields\n    }\n    accessibilityEn: legalPage(kind: ACCESSIBILITY, language: EN) {\n      ...LegalPageFields\n    }\n    termsFr: legalPage(kind: TERMS, language: FR) {\n      ...LegalPageFields\n    }\n    termsEn: legalPage(kind: TERMS, language: EN) {\n      ...LegalPageFields\n    }\n  }\n": types.LegalPagesDocument,
    "\n  mutation UpdateLegalPage($input: UpdateLegalPageInput!) {\n    updateLegalPage(input: $input) {\n      ...LegalPageFields\n    }\n  }\n": types.UpdateLegalPageDocument,
    "\n  mutation ResetLegalPage($kind: LegalPageKind!, $language: Language!) {\n    resetLegalPage(kind: $kind, language: $language) {\n      ...LegalPageFields\n    }\n  }\n": types.ResetLegalPageDocument,
    "\n  fragment ConsultationCard on Consultation {\n    id\n    title\n    state\n    opensAt\n    closesAt\n    responseCount\n  }\n": types.ConsultationCardFragmentDoc,
    "\n  query Consultations($first: Int!, $after: String, $filter: ConsultationFilter) {\n    consultations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ConsultationCard\n        }\n      }\n    }\n  }\n": types.ConsultationsDocument,
    "\n  fragment QuestionFields on Question {\n    id\n    position\n    kind\n    prompt\n    required\n    maxChoices\n    maxLength\n    scaleMin\n    scaleMax\n    scaleMinLabel\n    scaleMaxLabel\n    options {\n      id\n      label\n      position\n    }\n  }\n": types.QuestionFieldsFragmentDoc,
    "\n  fragment ConsultationResults on Consultation {\n    id\n    results {\n      questionId\n      kind\n      responseCount\n      scaleAverage\n      scaleDistribution\n      options {\n        optionId\n        label\n        count\n        share\n        averageRank\n      }\n      texts(first: 20) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            text\n          }\n        }\n      }\n    }\n  }\n": types.ConsultationResultsFragmentDoc,
    "\n  fragment ConsultationDetail on Consultation {\n    id\n    title\n    description\n    state\n    opensAt\n    closesAt\n    createdAt\n    districts\n    resultsVisibility\n    responseCount\n    commentCount\n    followerCount\n    viewerIsFollowing\n    viewerHasResponded\n    responsesCsvUrl\n    viewerCanRespond {\n      allowed\n      reason\n    }\n    documents {\n      id\n      title\n      filename\n      size\n      url\n    }\n    conclusion {\n      body\n      publishedAt\n      author {\n        id\n        displayName\n      }\n    }\n    questions {\n      ...QuestionFields\n    }\n    viewerResponse {\n      id\n      submittedAt\n      answers {\n        questionId\n        optionIds\n        ranking\n        scale\n        text\n      }\n    }\n  }\n": types.ConsultationDetailFragmentDoc,
    "\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      ...ConsultationDetail\n      comments(first: 20) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n": types.ConsultationDocument,
    "\n  query ConsultationComments($id: ID!, $after: String) {\n    consultation(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n": types.ConsultationCommentsDocument,
    "\n  query ConsultationCommentCount($id: ID!) {\n    consultation(id: $id) {\n      id\n      commentCount\n    }\n  }\n": types.ConsultationCommentCountDocument,
    "\n  query ConsultationResultsPage($id: ID!) {\n    consultation(id: $id) {\n      ...ConsultationResults\n    }\n  }\n": types.ConsultationResultsPageDocument,
    "\n  query ConsultationFreeTexts($id: ID!, $after: String) {\n    consultation(id: $id) {\n      id\n      results {\n        questionId\n        texts(first: 20, after: $after) {\n          totalCount\n          pageInfo {\n            ...PageInfoFields\n          }\n          edges {\n            cursor\n            node {\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsultationFreeTextsDocument,
    "\n  mutation SubmitConsultationResponse($input: SubmitConsultationResponseInput!) {\n    submitConsultationResponse(input: $input) {\n      id\n      submittedAt\n      answers {\n        questionId\n        optionIds\n        ranking\n        scale\n        text\n      }\n      consultation {\n        id\n        responseCount\n        viewerHasResponded\n        viewerCanRespond {\n          allowed\n          reason\n        }\n      }\n    }\n  }\n": types.SubmitConsultationResponseDocument,
    "\n  query ConsultationDistricts {\n    districts\n  }\n": types.ConsultationDistrictsDocument,
    "\n  mutation CreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      ...ConsultationDetail\n    }\n  }\n": types.CreateConsultationDocument,
    "\n  mutation UpdateConsultation($id: ID!, $input: UpdateConsultationInput!) {\n    updateConsultation(id: $id, input: $input) {\n      ...ConsultationDetail\n    }\n  }\n": types.UpdateConsultationDocument,
    "\n  mutation CloseConsultation($id: ID!) {\n    closeConsultation(id: $id) {\n      ...ConsultationDetail\n    }\n  }\n": types.CloseConsultationDocument,
    "\n  mutation PublishConclusion($id: ID!, $body: String!) {\n    publishConclusion(id: $id, body: $body) {\n      ...ConsultationDetail\n    }\n  }\n": types.PublishConclusionDocument,
    "\n  fragment StatsTotals on PublicStats {\n    from\n    to\n    district\n    generatedAt\n    count\n    open\n    resolved\n    medianHoursToAcknowledge\n    medianHoursToResolve\n    shareResolvedWithinTarget\n  }\n": types.StatsTotalsFragmentDoc,
    "\n  query DashboardStats($from: DateTime, $to: DateTime, $district: String) {\n    stats(from: $from, to: $to, district: $district) {\n      ...StatsTotals\n      requestsByStatus {\n        key\n        count\n      }\n      requestsByDepartment {\n        code\n        name\n        count\n        open\n        resolved\n        medianHoursToAcknowledge\n        medianHoursToResolve\n        shareResolvedWithinTarget\n        oldestOpen {\n          reference\n          serviceName\n          status\n          submittedAt\n          ageDays\n        }\n      }\n      requestsByService {\n        code\n        name\n        kind\n        departmentCode\n        targetDays\n        count\n        open\n        resolved\n        medianHoursToAcknowledge\n        medianHoursToResolve\n        shareResolvedWithinTarget\n      }\n      proposalsByStatus {\n        key\n        count\n      }\n      proposals {\n        published\n        accepted\n        completed\n        averageProgress\n      }\n      consultationCount\n      consultationParticipation {\n        id\n        title\n        opensAt\n        closesAt\n        responses\n        eligibleResidents\n        shareOfEligible\n      }\n    }\n  }\n": types.DashboardStatsDocument,
    "\n  query BilanStats($from: DateTime, $to: DateTime, $district: String) {\n    stats(from: $from, to: $to, district: $district) {\n      ...StatsTotals\n      proposals {\n        published\n        accepted\n        completed\n      }\n      consultationCount\n      requestsByMonth {\n        month\n        count\n        open\n        resolved\n        medianHoursToAcknowledge\n        medianHoursToResolve\n        shareResolvedWithinTarget\n      }\n    }\n  }\n": types.BilanStatsDocument,
    "\n  query DashboardFilters {\n    districts\n    services {\n      id\n      name\n      kind\n    }\n  }\n": types.DashboardFiltersDocument,
    "\n  query PublicReports($first: Int!, $after: String, $filter: ServiceRequestFilter, $orderBy: ServiceRequestOrder) {\n    serviceRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          address\n          district\n          createdAt\n          isOverdue\n          location {\n            lat\n            lng\n          }\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PublicReportsDocument,
    "\n  fragment ForumImage on Image {\n    id\n    width\n    height\n    placeholder\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n": types.ForumImageFragmentDoc,
    "\n  fragment ForumSummary on Forum {\n    id\n    title\n    description\n    position\n    archived\n    archivedAt\n    topicCount\n    lastActivityAt\n  }\n": types.ForumSummaryFragmentDoc,
    "\n  query Forums {\n    forums {\n      ...ForumSummary\n    }\n  }\n": types.ForumsDocument,
    "\n  query ForumSummaryById($id: ID!) {\n    forum(id: $id) {\n      ...ForumSummary\n    }\n  }\n": types.ForumSummaryByIdDocument,
    "\n  query ArchivedForums($after: String) {\n    archivedForums(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ForumSummary\n        }\n      }\n    }\n  }\n": types.ArchivedForumsDocument,
    "\n  fragment ForumTopicCard on ForumTopic {\n    id\n    title\n    pinned\n    locked\n    commentCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n    }\n    images {\n      ...ForumImage\n    }\n  }\n": types.ForumTopicCardFragmentDoc,
    "\n  query Forum($id: ID!, $first: Int!, $after: String, $orderBy: ForumTopicOrder!) {\n    forum(id: $id) {\n      ...ForumSummary\n      followerCount\n      viewerIsFollowing\n      topics(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            ...ForumTopicCard\n          }\n        }\n      }\n    }\n  }\n": types.ForumDocument,
    "\n  fragment ForumTopicDetail on ForumTopic {\n    id\n    title\n    body\n    pinned\n    locked\n    hidden\n    hiddenReason\n    commentCount\n    commentsOpen\n    viewerCanEdit\n    createdAt\n    editedAt\n    lastActivityAt\n    followerCount\n    viewerIsFollowing\n    author {\n      id\n      displayName\n    }\n    forum {\n      id\n      title\n      archived\n    }\n    images {\n      ...ForumImage\n    }\n    comments(first: 20) {\n      ...CommentThreadConnection\n    }\n  }\n": types.ForumTopicDetailFragmentDoc,
    "\n  query ForumTopic($id: ID!) {\n    forumTopic(id: $id) {\n      ...ForumTopicDetail\n    }\n  }\n": types.ForumTopicDocument,
    "\n  query ForumTopicComments($id: ID!, $after: String) {\n    forumTopic(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n": types.ForumTopicCommentsDocument,
    "\n  query ForumTopicCommentCount($id: ID!) {\n    forumTopic(id: $id) {\n      id\n      commentCount\n      lastActivityAt\n      viewerCanEdit\n    }\n  }\n": types.ForumTopicCommentCountDocument,
    "\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      ...ForumSummary\n    }\n  }\n": types.CreateForumDocument,
    "\n  mutation UpdateForum($id: ID!, $input: UpdateForumInput!) {\n    updateForum(id: $id, input: $input) {\n      ...ForumSummary\n    }\n  }\n": types.UpdateForumDocument,
    "\n  mutation MoveForum($id: ID!, $direction: ForumMoveDirection!) {\n    moveForum(id: $id, direction: $direction) {\n      ...ForumSummary\n    }\n  }\n": types.MoveForumDocument,
    "\n  mutation ArchiveForum($id: ID!) {\n    archiveForum(id: $id) {\n      ...ForumSummary\n    }\n  }\n": types.ArchiveForumDocument,
    "\n  mutation RestoreForum($id: ID!) {\n    restoreForum(id: $id) {\n      ...ForumSummary\n    }\n  }\n": types.RestoreForumDocument,
    "\n  mutation CreateForumTopic($input: CreateForumTopicInput!) {\n    createForumTopic(input: $input) {\n      ...ForumTopicDetail\n    }\n  }\n": types.CreateForumTopicDocument,
    "\n  mutation UpdateForumTopic($id: ID!, $input: UpdateForumTopicInput!) {\n    updateForumTopic(id: $id, input: $input) {\n      ...ForumTopicDetail\n    }\n  }\n": types.UpdateForumTopicDocument,
    "\n  mutation SetTopicPinned($id: ID!, $pinned: Boolean!) {\n    setTopicPinned(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": types.SetTopicPinnedDocument,
    "\n  mutation SetTopicLocked($id: ID!, $locked: Boolean!) {\n    setTopicLocked(id: $id, locked: $locked) {\n      id\n      locked\n      commentsOpen\n      viewerCanEdit\n    }\n  }\n": types.SetTopicLockedDocument,
    "\n  query HomePopularProposals($first: Int!, $after: String, $orderBy: ProposalOrder) {\n    proposals(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          supportCount\n          supportThreshold\n          district\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.HomePopularProposalsDocument,
    "\n  query HomeResolvedRequests($first: Int!, $after: String, $filter: ServiceRequestFilter, $orderBy: ServiceRequestOrder) {\n    serviceRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          reference\n          address\n          district\n          resolvedAt\n          service {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.HomeResolvedRequestsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Districts {\n    districts\n  }\n": types.DistrictsDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": types.RevokeOtherSessionsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query MyAccountStatus {\n    me {\n      id\n      email\n      emailVerified\n      locale\n    }\n  }\n": types.MyAccountStatusDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation SetMyLocale($locale: Language!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  mutation FlagContent($targetType: FlagTargetType!, $targetId: ID!, $reason: FlagReason!, $note: String) {\n    flagContent(targetType: $targetType, targetId: $targetId, reason: $reason, note: $note)\n  }\n": types.FlagContentDocument,
    "\n  fragment ModerationItemFields on FlaggedItem {\n    id\n    targetType\n    targetId\n    openFlagCount\n    firstOpenFlagAt\n    lastFlaggedAt\n    reasonCounts {\n      reason\n      count\n    }\n    notes(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          note\n          createdAt\n        }\n      }\n    }\n    content {\n      targetType\n      targetId\n      title\n      text\n      createdAt\n      path\n      hidden\n      hiddenAt\n      hiddenReason\n      author {\n        id\n        displayName\n      }\n      context {\n        type\n        id\n        title\n      }\n      image {\n        id\n        width\n        height\n        placeholder\n        thumb: url(variant: THUMB)\n        large: url(variant: LARGE)\n      }\n    }\n  }\n": types.ModerationItemFieldsFragmentDoc,
    "\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationItemFields\n        }\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  query ModerationItem($targetType: FlagTargetType!, $targetId: ID!) {\n    moderationItem(targetType: $targetType, targetId: $targetId) {\n      ...ModerationItemFields\n    }\n  }\n": types.ModerationItemDocument,
    "\n  mutation HideContent($targetType: FlagTargetType!, $targetId: ID!, $reason: String!, $ground: FlagReason) {\n    hideContent(targetType: $targetType, targetId: $targetId, reason: $reason, ground: $ground)\n  }\n": types.HideContentDocument,
    "\n  mutation RestoreContent($targetType: FlagTargetType!, $targetId: ID!, $reason: String) {\n    restoreContent(targetType: $targetType, targetId: $targetId, reason: $reason)\n  }\n": types.RestoreContentDocument,
    "\n  mutation DismissFlags($targetType: FlagTargetType!, $targetId: ID!, $reason: String) {\n    dismissFlags(targetType: $targetType, targetId: $targetId, reason: $reason)\n  }\n": types.DismissFlagsDocument,
    "\n  fragment SuspensionFields on Suspension {\n    id\n    until\n    reason\n    createdAt\n    active\n    liftedAt\n    liftReason\n    user {\n      id\n      displayName\n    }\n    suspendedBy {\n      id\n      displayName\n    }\n    liftedBy {\n      id\n      displayName\n    }\n  }\n": types.SuspensionFieldsFragmentDoc,
    "\n  mutation SuspendAccount($userId: ID!, $until: DateTime!, $reason: String!) {\n    suspendAccount(userId: $userId, until: $until, reason: $reason) {\n      ...SuspensionFields\n    }\n  }\n": types.SuspendAccountDocument,
    "\n  mutation LiftSuspension($userId: ID!, $reason: String) {\n    liftSuspension(userId: $userId, reason: $reason) {\n      ...SuspensionFields\n    }\n  }\n": types.LiftSuspensionDocument,
    "\n  query Suspensions($first: Int!, $after: String, $userId: ID, $includeEnded: Boolean) {\n    suspensions(first: $first, after: $after, userId: $userId, includeEnded: $includeEnded) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...SuspensionFields\n        }\n      }\n    }\n  }\n": types.SuspensionsDocument,
    "\n  query MySuspension {\n    mySuspension {\n      id\n      until\n      reason\n    }\n  }\n": types.MySuspensionDocument,
    "\n  fragment ModerationLogEntryFields on ModerationLogEntry {\n    id\n    action\n    targetType\n    targetId\n    reason\n    ground\n    details\n    createdAt\n    actor {\n      id\n      displayName\n    }\n    subject {\n      id\n      displayName\n    }\n  }\n": types.ModerationLogEntryFieldsFragmentDoc,
    "\n  query ModerationLog($first: Int!, $after: String, $filter: ModerationLogFilter) {\n    moderationLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationLogEntryFields\n        }\n      }\n    }\n  }\n": types.ModerationLogDocument,
    "\n  query Transparency($from: DateTime, $to: DateTime) {\n    moderationTransparency(from: $from, to: $to) {\n      from\n      to\n      byMonth {\n        month\n        flags\n        hidden\n        restored\n        suspensions\n      }\n      byGround {\n        month\n        ground\n        hidden\n        restored\n      }\n    }\n  }\n": types.TransparencyDocument,
    "\n  fragment FollowStateFields on FollowState {\n    targetType\n    targetId\n    followerCount\n    viewerIsFollowing\n  }\n": types.FollowStateFieldsFragmentDoc,
    "\n  mutation Follow($targetType: FollowTargetType!, $targetId: ID!) {\n    follow(targetType: $targetType, targetId: $targetId) {\n      ...FollowStateFields\n    }\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($targetType: FollowTargetType!, $targetId: ID!) {\n    unfollow(targetType: $targetType, targetId: $targetId) {\n      ...FollowStateFields\n    }\n  }\n": types.UnfollowDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    targetType\n    targetId\n    payload\n    read\n    createdAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  fragment NotificationPreferenceFields on NotificationPreference {\n    kind\n    channel\n    frequency\n    defaultFrequency\n    label\n    group\n    groupLabel\n  }\n": types.NotificationPreferenceFieldsFragmentDoc,
    "\n  query NotificationPreferences($locale: Language) {\n    notificationPreferences(locale: $locale) {\n      ...NotificationPreferenceFields\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: String!, $frequency: NotificationFrequency!, $locale: Language) {\n    setNotificationPreference(kind: $kind, channel: EMAIL, frequency: $frequency, locale: $locale) {\n      ...NotificationPreferenceFields\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query UnsubscribeLink($token: String!, $locale: Language) {\n    unsubscribeLink(token: $token, locale: $locale) {\n      kind\n      label\n    }\n  }\n": types.UnsubscribeLinkDocument,
    "\n  mutation Unsubscribe($token: String!, $locale: Language) {\n    unsubscribe(token: $token, locale: $locale) {\n      kind\n      label\n    }\n  }\n": types.UnsubscribeDocument,
    "\n  query MapSettings {\n    commune {\n      map {\n        tileUrl\n        attribution\n        center {\n          lat\n          lng\n        }\n        zoom\n        bounds {\n          south\n          west\n          north\n          east\n        }\n      }\n    }\n  }\n": types.MapSettingsDocument,
    "\n  fragment ProposalImage on Image {\n    id\n    width\n    height\n    placeholder\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n": types.ProposalImageFragmentDoc,
    "\n  fragment ProposalCard on Proposal {\n    id\n    title\n    status\n    hidden\n    district\n    supportCount\n    supportThreshold\n    commentCount\n    publishedAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n    category {\n      id\n      name\n    }\n    images {\n      ...ProposalImage\n    }\n  }\n": types.ProposalCardFragmentDoc,
    "\n  query Proposals($first: Int!, $after: String, $filter: ProposalFilter, $orderBy: ProposalOrder) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProposalCard\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.ProposalsDocument,
    "\n  query ProposalFormOptions {\n    categories {\n      id\n      name\n    }\n    districts\n  }\n": types.ProposalFormOptionsDocument,
    "\n  query SimilarProposals($title: String!, $body: String) {\n    similarProposals(title: $title, body: $body, first: 5) {\n      id\n      title\n      status\n      supportCount\n    }\n  }\n": types.SimilarProposalsDocument,
    "\n  fragment ProposalDetail on Proposal {\n    ...ProposalCard\n    body\n    hiddenReason\n    location {\n      lat\n      lng\n    }\n    supportsOpen\n    supportDeadline\n    thresholdReachedAt\n    viewerHasSupported\n    followerCount\n    viewerIsFollowing\n    progress\n    updatedAt\n    officialAnswer {\n      status\n      body\n      publishedAt\n      author {\n        id\n        displayName\n      }\n    }\n    progressUpdates {\n      id\n      body\n      progress\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    timeline {\n      id\n      kind\n      fromStatus\n      toStatus\n      body\n      progress\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.ProposalDetailFragmentDoc,
    "\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalDetail\n      comments(first: 20) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n": types.ProposalDocument,
    "\n  query ProposalDetail($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalDetail\n    }\n  }\n": types.ProposalDetailDocument,
    "\n  query ProposalComments($id: ID!, $after: String) {\n    proposal(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n": types.ProposalCommentsDocument,
    "\n  query ProposalCommentCount($id: ID!) {\n    proposal(id: $id) {\n      id\n      commentCount\n    }\n  }\n": types.ProposalCommentCountDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      ...ProposalDetail\n    }\n  }\n": types.CreateProposalDocument,
    "\n  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, input: $input) {\n      ...ProposalDetail\n    }\n  }\n": types.UpdateProposalDocument,
    "\n  mutation PublishProposal($id: ID!) {\n    publishProposal(id: $id) {\n      ...ProposalDetail\n    }\n  }\n": types.PublishProposalDocument,
    "\n  mutation WithdrawProposal($id: ID!) {\n    withdrawProposal(id: $id) {\n      ...ProposalDetail\n    }\n  }\n": types.WithdrawProposalDocument,
    "\n  fragment SupportResult on Proposal {\n    id\n    supportCount\n    viewerHasSupported\n    followerCount\n    viewerIsFollowing\n    status\n    supportsOpen\n    thresholdReachedAt\n  }\n": types.SupportResultFragmentDoc,
    "\n  mutation SupportProposal($id: ID!) {\n    supportProposal(id: $id) {\n      ...SupportResult\n    }\n  }\n": types.SupportProposalDocument,
    "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      ...SupportResult\n    }\n  }\n": types.WithdrawSupportDocument,
    "\n  mutation AnswerProposal($id: ID!, $input: AnswerProposalInput!) {\n    answerProposal(id: $id, input: $input) {\n      ...ProposalDetail\n    }\n  }\n": types.AnswerProposalDocument,
    "\n  mutation AddProgressUpdate($id: ID!, $input: ProgressUpdateInput!) {\n    addProgressUpdate(id: $id, input: $input) {\n      ...ProposalDetail\n    }\n  }\n": types.AddProgressUpdateDocument,
    "\n  fragment ServiceFieldFields on ServiceField {\n    code\n    label\n    kind\n    required\n    description\n    options {\n      value\n      label\n    }\n    min\n    max\n    maxLength\n  }\n": types.ServiceFieldFieldsFragmentDoc,
    "\n  query ServiceCatalogue {\n    services {\n      id\n      code\n      name\n      description\n      kind\n      publicRequests\n      group\n      targetDays\n      fields {\n        ...ServiceFieldFields\n      }\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.ServiceCatalogueDocument,
    "\n  query ServiceRequestDistricts {\n    districts\n  }\n": types.ServiceRequestDistrictsDocument,
    "\n  fragment ServiceRequestImage on Image {\n    id\n    width\n    height\n    placeholder\n    hidden\n    hiddenReason\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n": types.ServiceRequestImageFragmentDoc,
    "\n  fragment ServiceRequestEventFields on ServiceRequestEvent {\n    id\n    kind\n    fromStatus\n    toStatus\n    body\n    byRequester\n    createdAt\n    rating\n    originalReference\n    priority\n    author {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n    images {\n      ...ServiceRequestImage\n    }\n  }\n": types.ServiceRequestEventFieldsFragmentDoc,
    "\n  fragment ServiceRequestDetailFields on ServiceRequest {\n    id\n    reference\n    status\n    description\n    address\n    district\n    resolution\n    rating\n    ratingComment\n    priority\n    location {\n      lat\n      lng\n    }\n    images {\n      ...ServiceRequestImage\n    }\n    fieldValues {\n      code\n      label\n      kind\n      value\n      optionLabel\n    }\n    requester {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n    service {\n      id\n      name\n      kind\n      publicRequests\n    }\n    department {\n      id\n      name\n    }\n    events {\n      ...ServiceRequestEventFields\n    }\n    followerCount\n    viewerIsFollowing\n    viewerIsRequester\n    viewerCanManage\n    expectedAt\n    isOverdue\n    duplicateOf {\n      id\n      reference\n    }\n    createdAt\n    resolvedAt\n    closedAt\n  }\n": types.ServiceRequestDetailFieldsFragmentDoc,
    "\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": types.ServiceRequestDocument,
    "\n  subscription ServiceRequestUpdated($id: ID!) {\n    serviceRequestUpdated(id: $id) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": types.ServiceRequestUpdatedDocument,
    "\n  query ServiceRequestByReference($reference: String!) {\n    serviceRequestByReference(reference: $reference) {\n      id\n      reference\n      status\n      description\n      address\n      district\n      service {\n        id\n        name\n        kind\n      }\n      images {\n        ...ServiceRequestImage\n      }\n      events {\n        id\n        kind\n        fromStatus\n        toStatus\n        body\n        byRequester\n        createdAt\n        rating\n        originalReference\n      }\n      followerCount\n      expectedAt\n      isOverdue\n      createdAt\n      resolvedAt\n    }\n  }\n": types.ServiceRequestByReferenceDocument,
    "\n  query ServiceRequestIdByReference($reference: String!) {\n    serviceRequestByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n": types.ServiceRequestIdByReferenceDocument,
    "\n  query MyServiceRequests($first: Int!, $after: String) {\n    myServiceRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          createdAt\n          isOverdue\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyServiceRequestsDocument,
    "\n  query ServiceRequestQueue($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          address\n          district\n          createdAt\n          expectedAt\n          isOverdue\n          priority\n          service {\n            id\n            name\n          }\n          assignee {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.ServiceRequestQueueDocument,
    "\n  query NearbyServiceRequests($filter: ServiceRequestFilter) {\n    serviceRequests(first: 5, filter: $filter) {\n      edges {\n        node {\n          id\n          reference\n          status\n          description\n          address\n          createdAt\n          distanceMeters\n          viewerIsFollowing\n        }\n      }\n    }\n  }\n": types.NearbyServiceRequestsDocument,
    "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      reference\n    }\n  }\n": types.CreateServiceRequestDocument,
    "\n  mutation ChangeServiceRequestStatus($id: ID!, $status: ServiceRequestStatus!, $message: String) {\n    changeServiceRequestStatus(id: $id, status: $status, message: $message) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": types.ChangeServiceRequestStatusDocument,
    "\n  mutation AssignServiceRequest($id: ID!, $assigneeId: ID) {\n    assignServiceRequest(id: $id, assigneeId: $assigneeId) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": types.AssignServiceRequestDocument,
    "\n  mutation SetServiceRequestPriority($id: ID!, $priority: ServiceRequestPriority!) {\n    setServiceRequestPriority(id: $id, priority: $priority) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": types.SetServiceRequestPriorityDocument,
    "\n  mutation AddServiceRequestNote($id: ID!, $body: String!, $internal: Boolean!) {\n    addServiceRequestNote(id: $id, body: $body, internal: $internal) {\n      ...ServiceRequestEventFields\n    }\n  }\n": types.AddServiceRequestNoteDocument,
    "\n  mutation ContactRequester($id: ID!, $body: String!, $channel: ContactChannel!) {\n    contactRequester(id: $id, body: $body, channel: $channel) {\n      ...ServiceRequestEventFields\n    }\n  }\n": types.ContactRequesterDocument,
    "\n  mutation MarkServiceRequestDuplicate($id: ID!, $originalId: ID!) {\n    markServiceRequestDuplicate(id: $id, originalId: $originalId) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": types.MarkServiceRequestDuplicateDocument,
    "\n  mutation ReplyToServiceRequest($id: ID!, $body: String!, $imageIds: [ID!]) {\n    replyToServiceRequest(id: $id, body: $body, imageIds: $imageIds) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": types.ReplyToServiceRequestDocument,
    "\n  mutation RateServiceRequest($id: ID!, $rating: Int!, $comment: String) {\n    rateServiceRequest(id: $id, rating: $rating, comment: $comment) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": types.RateServiceRequestDocument,
    "\n  mutation ReopenServiceRequest($id: ID!, $reason: String!) {\n    reopenServiceRequest(id: $id, reason: $reason) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": types.ReopenServiceRequestDocument,
    "\n  query ResponseTemplates($departmentId: ID!) {\n    responseTemplates(departmentId: $departmentId) {\n      id\n      title\n      body\n    }\n  }\n": types.ResponseTemplatesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roles\n      district\n      createdAt\n      departments {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roles\n      district\n      createdAt\n      departments {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellCommune {\n    commune {\n      name\n      configured\n      primaryColor\n      primaryTextColor\n      address\n      phone\n      email\n      website\n      openingHours\n      defaultLanguage\n      accessibilityConformance\n      logo {\n        id\n        url(variant: THUMB)\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShellCommune {\n    commune {\n      name\n      configured\n      primaryColor\n      primaryTextColor\n      address\n      phone\n      email\n      website\n      openingHours\n      defaultLanguage\n      accessibilityConformance\n      logo {\n        id\n        url(variant: THUMB)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminDepartmentFields on Department {\n    id\n    code\n    name\n    archived\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment AdminDepartmentFields on Department {\n    id\n    code\n    name\n    archived\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDepartments {\n    departments(includeArchived: true) {\n      ...AdminDepartmentFields\n    }\n  }\n"): (typeof documents)["\n  query AdminDepartments {\n    departments(includeArchived: true) {\n      ...AdminDepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      name\n      archived\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      name\n      archived\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      archived\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      archived\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n      name\n      archived\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n      name\n      archived\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminServiceFields on Service {\n    id\n    code\n    name\n    description\n    kind\n    group\n    position\n    publicRequests\n    targetDays\n    active\n    department {\n      id\n      name\n      archived\n    }\n    fields {\n      code\n      label\n      kind\n      required\n      description\n      options {\n        value\n        label\n      }\n      min\n      max\n      maxLength\n    }\n  }\n"): (typeof documents)["\n  fragment AdminServiceFields on Service {\n    id\n    code\n    name\n    description\n    kind\n    group\n    position\n    publicRequests\n    targetDays\n    active\n    department {\n      id\n      name\n      archived\n    }\n    fields {\n      code\n      label\n      kind\n      required\n      description\n      options {\n        value\n        label\n      }\n      min\n      max\n      maxLength\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminServices {\n    services(includeInactive: true) {\n      ...AdminServiceFields\n    }\n  }\n"): (typeof documents)["\n  query AdminServices {\n    services(includeInactive: true) {\n      ...AdminServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminService($id: ID!) {\n    service(id: $id) {\n      ...AdminServiceFields\n    }\n  }\n"): (typeof documents)["\n  query AdminService($id: ID!) {\n    service(id: $id) {\n      ...AdminServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...AdminServiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...AdminServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      ...AdminServiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      ...AdminServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveService($id: ID!, $direction: ServiceMoveDirection!) {\n    moveService(id: $id, direction: $direction) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation MoveService($id: ID!, $direction: ServiceMoveDirection!) {\n    moveService(id: $id, direction: $direction) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminTemplateFields on ResponseTemplate {\n    id\n    departmentId\n    title\n    body\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AdminTemplateFields on ResponseTemplate {\n    id\n    departmentId\n    title\n    body\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminResponseTemplates($departmentId: ID!) {\n    responseTemplates(departmentId: $departmentId) {\n      ...AdminTemplateFields\n    }\n  }\n"): (typeof documents)["\n  query AdminResponseTemplates($departmentId: ID!) {\n    responseTemplates(departmentId: $departmentId) {\n      ...AdminTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateResponseTemplate($input: CreateResponseTemplateInput!) {\n    createResponseTemplate(input: $input) {\n      ...AdminTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateResponseTemplate($input: CreateResponseTemplateInput!) {\n    createResponseTemplate(input: $input) {\n      ...AdminTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateResponseTemplate($id: ID!, $input: UpdateResponseTemplateInput!) {\n    updateResponseTemplate(id: $id, input: $input) {\n      ...AdminTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateResponseTemplate($id: ID!, $input: UpdateResponseTemplateInput!) {\n    updateResponseTemplate(id: $id, input: $input) {\n      ...AdminTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteResponseTemplate($id: ID!) {\n    deleteResponseTemplate(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminDeleteResponseTemplate($id: ID!) {\n    deleteResponseTemplate(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    id\n    displayName\n    email\n    roles\n    district\n    createdAt\n    departments {\n      id\n      name\n      archived\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on User {\n    id\n    displayName\n    email\n    roles\n    district\n    createdAt\n    departments {\n      id\n      name\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($first: Int, $after: String, $search: String, $role: Role) {\n    users(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...AdminUserFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($first: Int, $after: String, $search: String, $role: Role) {\n    users(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...AdminUserFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($userId: ID!, $role: Role!, $departmentId: ID) {\n    grantRole(userId: $userId, role: $role, departmentId: $departmentId) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($userId: ID!, $role: Role!, $departmentId: ID) {\n    grantRole(userId: $userId, role: $role, departmentId: $departmentId) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($userId: ID!, $role: Role!, $departmentId: ID) {\n    revokeRole(userId: $userId, role: $role, departmentId: $departmentId) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRole($userId: ID!, $role: Role!, $departmentId: ID) {\n    revokeRole(userId: $userId, role: $role, departmentId: $departmentId) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOpen311ApiKeys {\n    open311ApiKeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query AdminOpen311ApiKeys {\n    open311ApiKeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOpen311ApiKey($name: String!) {\n    createOpen311ApiKey(name: $name)\n  }\n"): (typeof documents)["\n  mutation CreateOpen311ApiKey($name: String!) {\n    createOpen311ApiKey(name: $name)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOpen311ApiKey($id: ID!) {\n    revokeOpen311ApiKey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeOpen311ApiKey($id: ID!) {\n    revokeOpen311ApiKey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetImage on Image {\n    id\n    width\n    height\n    placeholder\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n"): (typeof documents)["\n  fragment BudgetImage on Image {\n    id\n    width\n    height\n    placeholder\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Budgets($first: Int!, $after: String) {\n    budgets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          phase\n          totalAmount\n          voterCount\n          phases {\n            phase\n            startsAt\n            endsAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Budgets($first: Int!, $after: String) {\n    budgets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          phase\n          totalAmount\n          voterCount\n          phases {\n            phase\n            startsAt\n            endsAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetProjectRow on BudgetProject {\n    id\n    title\n    status\n    estimatedCost\n    cost\n    voteCount\n    progress\n  }\n"): (typeof documents)["\n  fragment BudgetProjectRow on BudgetProject {\n    id\n    title\n    status\n    estimatedCost\n    cost\n    voteCount\n    progress\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetDetail on Budget {\n    id\n    title\n    description\n    rules\n    totalAmount\n    phase\n    votingStyle\n    maxChoices\n    minProjects\n    voterCount\n    progress\n    rulesEditable\n    commentCount\n    followerCount\n    viewerIsFollowing\n    comments(first: 20) {\n      ...CommentThreadConnection\n    }\n    phases {\n      phase\n      startsAt\n      endsAt\n    }\n    participation {\n      district\n      voters\n      residents\n      share\n    }\n    turnout {\n      voters\n      residents\n      share\n    }\n    viewerBallot {\n      envelopeId\n      projectId\n    }\n    envelopes {\n      id\n      name\n      district\n      amount\n      projects(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...BudgetProjectRow\n          }\n        }\n      }\n      results {\n        rank\n        votes\n        selected\n        project {\n          ...BudgetProjectRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BudgetDetail on Budget {\n    id\n    title\n    description\n    rules\n    totalAmount\n    phase\n    votingStyle\n    maxChoices\n    minProjects\n    voterCount\n    progress\n    rulesEditable\n    commentCount\n    followerCount\n    viewerIsFollowing\n    comments(first: 20) {\n      ...CommentThreadConnection\n    }\n    phases {\n      phase\n      startsAt\n      endsAt\n    }\n    participation {\n      district\n      voters\n      residents\n      share\n    }\n    turnout {\n      voters\n      residents\n      share\n    }\n    viewerBallot {\n      envelopeId\n      projectId\n    }\n    envelopes {\n      id\n      name\n      district\n      amount\n      projects(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...BudgetProjectRow\n          }\n        }\n      }\n      results {\n        rank\n        votes\n        selected\n        project {\n          ...BudgetProjectRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Budget($id: ID!) {\n    budget(id: $id) {\n      ...BudgetDetail\n    }\n  }\n"): (typeof documents)["\n  query Budget($id: ID!) {\n    budget(id: $id) {\n      ...BudgetDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetComments($id: ID!, $after: String) {\n    budget(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n"): (typeof documents)["\n  query BudgetComments($id: ID!, $after: String) {\n    budget(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetCommentCount($id: ID!) {\n    budget(id: $id) {\n      id\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  query BudgetCommentCount($id: ID!) {\n    budget(id: $id) {\n      id\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetProjectDetail on BudgetProject {\n    id\n    title\n    description\n    status\n    estimatedCost\n    cost\n    reviewNote\n    voteCount\n    progress\n    actualCost\n    hidden\n    hiddenReason\n    commentCount\n    createdAt\n    followerCount\n    viewerIsFollowing\n    location {\n      lat\n      lng\n      address\n    }\n    author {\n      id\n      displayName\n    }\n    envelope {\n      id\n      name\n    }\n    budget {\n      id\n      title\n      phase\n    }\n    mergedInto {\n      id\n      title\n    }\n    proposal {\n      id\n      title\n    }\n    images {\n      ...BudgetImage\n    }\n    updates(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          progress\n          actualCost\n          createdAt\n          images {\n            ...BudgetImage\n          }\n        }\n      }\n    }\n    comments(first: 20) {\n      ...CommentThreadConnection\n    }\n  }\n"): (typeof documents)["\n  fragment BudgetProjectDetail on BudgetProject {\n    id\n    title\n    description\n    status\n    estimatedCost\n    cost\n    reviewNote\n    voteCount\n    progress\n    actualCost\n    hidden\n    hiddenReason\n    commentCount\n    createdAt\n    followerCount\n    viewerIsFollowing\n    location {\n      lat\n      lng\n      address\n    }\n    author {\n      id\n      displayName\n    }\n    envelope {\n      id\n      name\n    }\n    budget {\n      id\n      title\n      phase\n    }\n    mergedInto {\n      id\n      title\n    }\n    proposal {\n      id\n      title\n    }\n    images {\n      ...BudgetImage\n    }\n    updates(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          progress\n          actualCost\n          createdAt\n          images {\n            ...BudgetImage\n          }\n        }\n      }\n    }\n    comments(first: 20) {\n      ...CommentThreadConnection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetProject($id: ID!) {\n    budgetProject(id: $id) {\n      ...BudgetProjectDetail\n    }\n  }\n"): (typeof documents)["\n  query BudgetProject($id: ID!) {\n    budgetProject(id: $id) {\n      ...BudgetProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetProjectComments($id: ID!, $after: String) {\n    budgetProject(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n"): (typeof documents)["\n  query BudgetProjectComments($id: ID!, $after: String) {\n    budgetProject(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetProjectCommentCount($id: ID!) {\n    budgetProject(id: $id) {\n      id\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  query BudgetProjectCommentCount($id: ID!) {\n    budgetProject(id: $id) {\n      id\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitBudgetProject($input: SubmitBudgetProjectInput!) {\n    submitBudgetProject(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitBudgetProject($input: SubmitBudgetProjectInput!) {\n    submitBudgetProject(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewBudgetProject($id: ID!, $input: ReviewBudgetProjectInput!) {\n    reviewBudgetProject(id: $id, input: $input) {\n      ...BudgetProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewBudgetProject($id: ID!, $input: ReviewBudgetProjectInput!) {\n    reviewBudgetProject(id: $id, input: $input) {\n      ...BudgetProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBudgetProjectUpdate($id: ID!, $input: BudgetProjectUpdateInput!) {\n    addBudgetProjectUpdate(id: $id, input: $input) {\n      ...BudgetProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AddBudgetProjectUpdate($id: ID!, $input: BudgetProjectUpdateInput!) {\n    addBudgetProjectUpdate(id: $id, input: $input) {\n      ...BudgetProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBallot($budgetId: ID!, $envelopeId: ID!, $projectIds: [ID!]!) {\n    setBallot(budgetId: $budgetId, envelopeId: $envelopeId, projectIds: $projectIds) {\n      id\n      voterCount\n      viewerBallot {\n        envelopeId\n        projectId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetBallot($budgetId: ID!, $envelopeId: ID!, $projectIds: [ID!]!) {\n    setBallot(budgetId: $budgetId, envelopeId: $envelopeId, projectIds: $projectIds) {\n      id\n      voterCount\n      viewerBallot {\n        envelopeId\n        projectId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceBudgetPhase($id: ID!) {\n    advanceBudgetPhase(id: $id) {\n      ...BudgetDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceBudgetPhase($id: ID!) {\n    advanceBudgetPhase(id: $id) {\n      ...BudgetDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetFormOptions {\n    districts\n  }\n"): (typeof documents)["\n  query BudgetFormOptions {\n    districts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) {\n      ...BudgetDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) {\n      ...BudgetDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetMergeCandidates($id: ID!) {\n    budget(id: $id) {\n      id\n      envelopes {\n        id\n        projects(first: 100) {\n          edges {\n            node {\n              id\n              title\n              status\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BudgetMergeCandidates($id: ID!) {\n    budget(id: $id) {\n      id\n      envelopes {\n        id\n        projects(first: 100) {\n          edges {\n            node {\n              id\n              title\n              status\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeBudgetProjects($id: ID!, $intoId: ID!, $note: String!) {\n    mergeBudgetProjects(id: $id, intoId: $intoId, note: $note) {\n      ...BudgetProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation MergeBudgetProjects($id: ID!, $intoId: ID!, $note: String!) {\n    mergeBudgetProjects(id: $id, intoId: $intoId, note: $note) {\n      ...BudgetProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBudget($id: ID!, $input: UpdateBudgetInput!) {\n    updateBudget(id: $id, input: $input) {\n      ...BudgetDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBudget($id: ID!, $input: UpdateBudgetInput!) {\n    updateBudget(id: $id, input: $input) {\n      ...BudgetDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    score\n    viewerVote\n    hidden\n    hiddenReason\n    deleted\n    createdAt\n    editedAt\n    editableUntil\n    viewerCanEdit\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    score\n    viewerVote\n    hidden\n    hiddenReason\n    deleted\n    createdAt\n    editedAt\n    editableUntil\n    viewerCanEdit\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentLeaf on Comment {\n    ...CommentFields\n    replies(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  fragment CommentLeaf on Comment {\n    ...CommentFields\n    replies(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentRepliesPage on CommentConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...CommentLeaf\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommentRepliesPage on CommentConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...CommentLeaf\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentThreadNode on Comment {\n    ...CommentFields\n    replies(first: 5) {\n      ...CommentRepliesPage\n    }\n  }\n"): (typeof documents)["\n  fragment CommentThreadNode on Comment {\n    ...CommentFields\n    replies(first: 5) {\n      ...CommentRepliesPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentThreadConnection on CommentConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...CommentThreadNode\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommentThreadConnection on CommentConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...CommentThreadNode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentReplies($id: ID!, $first: Int!, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: $first, after: $after) {\n        ...CommentRepliesPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentReplies($id: ID!, $first: Int!, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: $first, after: $after) {\n        ...CommentRepliesPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentThreadNode\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentThreadNode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteComment($id: ID!, $value: Int!) {\n    voteComment(id: $id, value: $value) {\n      id\n      score\n      viewerVote\n    }\n  }\n"): (typeof documents)["\n  mutation VoteComment($id: ID!, $value: Int!) {\n    voteComment(id: $id, value: $value) {\n      id\n      score\n      viewerVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      body\n      editedAt\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      body\n      editedAt\n      viewerCanEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneSetup {\n    communeSetup {\n      identityDone\n      districtsCount\n      departmentsCount\n      servicesCount\n      complete\n    }\n  }\n"): (typeof documents)["\n  query CommuneSetup {\n    communeSetup {\n      identityDone\n      districtsCount\n      departmentsCount\n      servicesCount\n      complete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommuneIdentityFields on Commune {\n    name\n    configured\n    primaryColor\n    primaryTextColor\n    address\n    phone\n    email\n    website\n    openingHours\n    defaultLanguage\n    publicationDirector\n    host\n    dpoContact\n    accessibilityAuditDate\n    accessibilityAuditRate\n    accessibilityAuditor\n    accessibilityConformance\n    updatedAt\n    logo {\n      id\n      width\n      height\n      placeholder\n      thumb: url(variant: THUMB)\n      large: url(variant: LARGE)\n    }\n  }\n"): (typeof documents)["\n  fragment CommuneIdentityFields on Commune {\n    name\n    configured\n    primaryColor\n    primaryTextColor\n    address\n    phone\n    email\n    website\n    openingHours\n    defaultLanguage\n    publicationDirector\n    host\n    dpoContact\n    accessibilityAuditDate\n    accessibilityAuditRate\n    accessibilityAuditor\n    accessibilityConformance\n    updatedAt\n    logo {\n      id\n      width\n      height\n      placeholder\n      thumb: url(variant: THUMB)\n      large: url(variant: LARGE)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneIdentity {\n    commune {\n      ...CommuneIdentityFields\n    }\n  }\n"): (typeof documents)["\n  query CommuneIdentity {\n    commune {\n      ...CommuneIdentityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommuneIdentity($input: CommuneIdentityInput!) {\n    updateCommuneIdentity(input: $input) {\n      ...CommuneIdentityFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommuneIdentity($input: CommuneIdentityInput!) {\n    updateCommuneIdentity(input: $input) {\n      ...CommuneIdentityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCommuneLogo($imageId: ID) {\n    setCommuneLogo(imageId: $imageId) {\n      ...CommuneIdentityFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCommuneLogo($imageId: ID) {\n    setCommuneLogo(imageId: $imageId) {\n      ...CommuneIdentityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DistrictFields on District {\n    id\n    name\n    position\n    archived\n    archivedAt\n    shape\n  }\n"): (typeof documents)["\n  fragment DistrictFields on District {\n    id\n    name\n    position\n    archived\n    archivedAt\n    shape\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictList($first: Int, $after: String, $includeArchived: Boolean) {\n    districtList(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...DistrictFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictList($first: Int, $after: String, $includeArchived: Boolean) {\n    districtList(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...DistrictFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query District($id: ID!) {\n    district(id: $id) {\n      ...DistrictFields\n    }\n  }\n"): (typeof documents)["\n  query District($id: ID!) {\n    district(id: $id) {\n      ...DistrictFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveDistricts {\n    districts\n  }\n"): (typeof documents)["\n  query ActiveDistricts {\n    districts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDistrict($input: CreateDistrictInput!) {\n    createDistrict(input: $input) {\n      ...DistrictFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDistrict($input: CreateDistrictInput!) {\n    createDistrict(input: $input) {\n      ...DistrictFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDistrict($id: ID!, $input: UpdateDistrictInput!) {\n    updateDistrict(id: $id, input: $input) {\n      ...DistrictFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDistrict($id: ID!, $input: UpdateDistrictInput!) {\n    updateDistrict(id: $id, input: $input) {\n      ...DistrictFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeDistrict($id: ID!, $intoId: ID!) {\n    mergeDistrict(id: $id, intoId: $intoId) {\n      ...DistrictFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeDistrict($id: ID!, $intoId: ID!) {\n    mergeDistrict(id: $id, intoId: $intoId) {\n      ...DistrictFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveDistrict($id: ID!) {\n    archiveDistrict(id: $id) {\n      ...DistrictFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveDistrict($id: ID!) {\n    archiveDistrict(id: $id) {\n      ...DistrictFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDistrict($id: ID!) {\n    restoreDistrict(id: $id) {\n      ...DistrictFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDistrict($id: ID!) {\n    restoreDistrict(id: $id) {\n      ...DistrictFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictAt($latitude: Float!, $longitude: Float!) {\n    districtAt(latitude: $latitude, longitude: $longitude) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DistrictAt($latitude: Float!, $longitude: Float!) {\n    districtAt(latitude: $latitude, longitude: $longitude) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LegalPageFields on LegalPage {\n    kind\n    language\n    slug\n    title\n    body\n    isDefault\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment LegalPageFields on LegalPage {\n    kind\n    language\n    slug\n    title\n    body\n    isDefault\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalPage($kind: LegalPageKind!, $language: Language) {\n    legalPage(kind: $kind, language: $language) {\n      ...LegalPageFields\n    }\n  }\n"): (typeof documents)["\n  query LegalPage($kind: LegalPageKind!, $language: Language) {\n    legalPage(kind: $kind, language: $language) {\n      ...LegalPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalPages {\n    legalNoticeFr: legalPage(kind: LEGAL_NOTICE, language: FR) {\n      ...LegalPageFields\n    }\n    legalNoticeEn: legalPage(kind: LEGAL_NOTICE, language: EN) {\n      ...LegalPageFields\n    }\n    privacyFr: legalPage(kind: PRIVACY, language: FR) {\n      ...LegalPageFields\n    }\n    privacyEn: legalPage(kind: PRIVACY, language: EN) {\n      ...LegalPageFields\n    }\n    accessibilityFr: legalPage(kind: ACCESSIBILITY, language: FR) {\n      ...LegalPageFields\n    }\n    accessibilityEn: legalPage(kind: ACCESSIBILITY, language: EN) {\n      ...LegalPageFields\n    }\n    termsFr: legalPage(kind: TERMS, language: FR) {\n      ...LegalPageFields\n    }\n    termsEn: legalPage(kind: TERMS, language: EN) {\n      ...LegalPageFields\n    }\n  }\n"): (typeof documents)["\n  query LegalPages {\n    legalNoticeFr: legalPage(kind: LEGAL_NOTICE, language: FR) {\n      ...LegalPageFields\n    }\n    legalNoticeEn: legalPage(kind: LEGAL_NOTICE, language: EN) {\n      ...LegalPageFields\n    }\n    privacyFr: legalPage(kind: PRIVACY, language: FR) {\n      ...LegalPageFields\n    }\n    privacyEn: legalPage(kind: PRIVACY, language: EN) {\n      ...LegalPageFields\n    }\n    accessibilityFr: legalPage(kind: ACCESSIBILITY, language: FR) {\n      ...LegalPageFields\n    }\n    accessibilityEn: legalPage(kind: ACCESSIBILITY, language: EN) {\n      ...LegalPageFields\n    }\n    termsFr: legalPage(kind: TERMS, language: FR) {\n      ...LegalPageFields\n    }\n    termsEn: legalPage(kind: TERMS, language: EN) {\n      ...LegalPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLegalPage($input: UpdateLegalPageInput!) {\n    updateLegalPage(input: $input) {\n      ...LegalPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLegalPage($input: UpdateLegalPageInput!) {\n    updateLegalPage(input: $input) {\n      ...LegalPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetLegalPage($kind: LegalPageKind!, $language: Language!) {\n    resetLegalPage(kind: $kind, language: $language) {\n      ...LegalPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetLegalPage($kind: LegalPageKind!, $language: Language!) {\n    resetLegalPage(kind: $kind, language: $language) {\n      ...LegalPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationCard on Consultation {\n    id\n    title\n    state\n    opensAt\n    closesAt\n    responseCount\n  }\n"): (typeof documents)["\n  fragment ConsultationCard on Consultation {\n    id\n    title\n    state\n    opensAt\n    closesAt\n    responseCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consultations($first: Int!, $after: String, $filter: ConsultationFilter) {\n    consultations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ConsultationCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consultations($first: Int!, $after: String, $filter: ConsultationFilter) {\n    consultations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ConsultationCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionFields on Question {\n    id\n    position\n    kind\n    prompt\n    required\n    maxChoices\n    maxLength\n    scaleMin\n    scaleMax\n    scaleMinLabel\n    scaleMaxLabel\n    options {\n      id\n      label\n      position\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionFields on Question {\n    id\n    position\n    kind\n    prompt\n    required\n    maxChoices\n    maxLength\n    scaleMin\n    scaleMax\n    scaleMinLabel\n    scaleMaxLabel\n    options {\n      id\n      label\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationResults on Consultation {\n    id\n    results {\n      questionId\n      kind\n      responseCount\n      scaleAverage\n      scaleDistribution\n      options {\n        optionId\n        label\n        count\n        share\n        averageRank\n      }\n      texts(first: 20) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            text\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConsultationResults on Consultation {\n    id\n    results {\n      questionId\n      kind\n      responseCount\n      scaleAverage\n      scaleDistribution\n      options {\n        optionId\n        label\n        count\n        share\n        averageRank\n      }\n      texts(first: 20) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            text\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationDetail on Consultation {\n    id\n    title\n    description\n    state\n    opensAt\n    closesAt\n    createdAt\n    districts\n    resultsVisibility\n    responseCount\n    commentCount\n    followerCount\n    viewerIsFollowing\n    viewerHasResponded\n    responsesCsvUrl\n    viewerCanRespond {\n      allowed\n      reason\n    }\n    documents {\n      id\n      title\n      filename\n      size\n      url\n    }\n    conclusion {\n      body\n      publishedAt\n      author {\n        id\n        displayName\n      }\n    }\n    questions {\n      ...QuestionFields\n    }\n    viewerResponse {\n      id\n      submittedAt\n      answers {\n        questionId\n        optionIds\n        ranking\n        scale\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConsultationDetail on Consultation {\n    id\n    title\n    description\n    state\n    opensAt\n    closesAt\n    createdAt\n    districts\n    resultsVisibility\n    responseCount\n    commentCount\n    followerCount\n    viewerIsFollowing\n    viewerHasResponded\n    responsesCsvUrl\n    viewerCanRespond {\n      allowed\n      reason\n    }\n    documents {\n      id\n      title\n      filename\n      size\n      url\n    }\n    conclusion {\n      body\n      publishedAt\n      author {\n        id\n        displayName\n      }\n    }\n    questions {\n      ...QuestionFields\n    }\n    viewerResponse {\n      id\n      submittedAt\n      answers {\n        questionId\n        optionIds\n        ranking\n        scale\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      ...ConsultationDetail\n      comments(first: 20) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      ...ConsultationDetail\n      comments(first: 20) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationComments($id: ID!, $after: String) {\n    consultation(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultationComments($id: ID!, $after: String) {\n    consultation(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationCommentCount($id: ID!) {\n    consultation(id: $id) {\n      id\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  query ConsultationCommentCount($id: ID!) {\n    consultation(id: $id) {\n      id\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationResultsPage($id: ID!) {\n    consultation(id: $id) {\n      ...ConsultationResults\n    }\n  }\n"): (typeof documents)["\n  query ConsultationResultsPage($id: ID!) {\n    consultation(id: $id) {\n      ...ConsultationResults\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationFreeTexts($id: ID!, $after: String) {\n    consultation(id: $id) {\n      id\n      results {\n        questionId\n        texts(first: 20, after: $after) {\n          totalCount\n          pageInfo {\n            ...PageInfoFields\n          }\n          edges {\n            cursor\n            node {\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultationFreeTexts($id: ID!, $after: String) {\n    consultation(id: $id) {\n      id\n      results {\n        questionId\n        texts(first: 20, after: $after) {\n          totalCount\n          pageInfo {\n            ...PageInfoFields\n          }\n          edges {\n            cursor\n            node {\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitConsultationResponse($input: SubmitConsultationResponseInput!) {\n    submitConsultationResponse(input: $input) {\n      id\n      submittedAt\n      answers {\n        questionId\n        optionIds\n        ranking\n        scale\n        text\n      }\n      consultation {\n        id\n        responseCount\n        viewerHasResponded\n        viewerCanRespond {\n          allowed\n          reason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitConsultationResponse($input: SubmitConsultationResponseInput!) {\n    submitConsultationResponse(input: $input) {\n      id\n      submittedAt\n      answers {\n        questionId\n        optionIds\n        ranking\n        scale\n        text\n      }\n      consultation {\n        id\n        responseCount\n        viewerHasResponded\n        viewerCanRespond {\n          allowed\n          reason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationDistricts {\n    districts\n  }\n"): (typeof documents)["\n  query ConsultationDistricts {\n    districts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      ...ConsultationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      ...ConsultationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConsultation($id: ID!, $input: UpdateConsultationInput!) {\n    updateConsultation(id: $id, input: $input) {\n      ...ConsultationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConsultation($id: ID!, $input: UpdateConsultationInput!) {\n    updateConsultation(id: $id, input: $input) {\n      ...ConsultationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseConsultation($id: ID!) {\n    closeConsultation(id: $id) {\n      ...ConsultationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CloseConsultation($id: ID!) {\n    closeConsultation(id: $id) {\n      ...ConsultationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishConclusion($id: ID!, $body: String!) {\n    publishConclusion(id: $id, body: $body) {\n      ...ConsultationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation PublishConclusion($id: ID!, $body: String!) {\n    publishConclusion(id: $id, body: $body) {\n      ...ConsultationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatsTotals on PublicStats {\n    from\n    to\n    district\n    generatedAt\n    count\n    open\n    resolved\n    medianHoursToAcknowledge\n    medianHoursToResolve\n    shareResolvedWithinTarget\n  }\n"): (typeof documents)["\n  fragment StatsTotals on PublicStats {\n    from\n    to\n    district\n    generatedAt\n    count\n    open\n    resolved\n    medianHoursToAcknowledge\n    medianHoursToResolve\n    shareResolvedWithinTarget\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardStats($from: DateTime, $to: DateTime, $district: String) {\n    stats(from: $from, to: $to, district: $district) {\n      ...StatsTotals\n      requestsByStatus {\n        key\n        count\n      }\n      requestsByDepartment {\n        code\n        name\n        count\n        open\n        resolved\n        medianHoursToAcknowledge\n        medianHoursToResolve\n        shareResolvedWithinTarget\n        oldestOpen {\n          reference\n          serviceName\n          status\n          submittedAt\n          ageDays\n        }\n      }\n      requestsByService {\n        code\n        name\n        kind\n        departmentCode\n        targetDays\n        count\n        open\n        resolved\n        medianHoursToAcknowledge\n        medianHoursToResolve\n        shareResolvedWithinTarget\n      }\n      proposalsByStatus {\n        key\n        count\n      }\n      proposals {\n        published\n        accepted\n        completed\n        averageProgress\n      }\n      consultationCount\n      consultationParticipation {\n        id\n        title\n        opensAt\n        closesAt\n        responses\n        eligibleResidents\n        shareOfEligible\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardStats($from: DateTime, $to: DateTime, $district: String) {\n    stats(from: $from, to: $to, district: $district) {\n      ...StatsTotals\n      requestsByStatus {\n        key\n        count\n      }\n      requestsByDepartment {\n        code\n        name\n        count\n        open\n        resolved\n        medianHoursToAcknowledge\n        medianHoursToResolve\n        shareResolvedWithinTarget\n        oldestOpen {\n          reference\n          serviceName\n          status\n          submittedAt\n          ageDays\n        }\n      }\n      requestsByService {\n        code\n        name\n        kind\n        departmentCode\n        targetDays\n        count\n        open\n        resolved\n        medianHoursToAcknowledge\n        medianHoursToResolve\n        shareResolvedWithinTarget\n      }\n      proposalsByStatus {\n        key\n        count\n      }\n      proposals {\n        published\n        accepted\n        completed\n        averageProgress\n      }\n      consultationCount\n      consultationParticipation {\n        id\n        title\n        opensAt\n        closesAt\n        responses\n        eligibleResidents\n        shareOfEligible\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BilanStats($from: DateTime, $to: DateTime, $district: String) {\n    stats(from: $from, to: $to, district: $district) {\n      ...StatsTotals\n      proposals {\n        published\n        accepted\n        completed\n      }\n      consultationCount\n      requestsByMonth {\n        month\n        count\n        open\n        resolved\n        medianHoursToAcknowledge\n        medianHoursToResolve\n        shareResolvedWithinTarget\n      }\n    }\n  }\n"): (typeof documents)["\n  query BilanStats($from: DateTime, $to: DateTime, $district: String) {\n    stats(from: $from, to: $to, district: $district) {\n      ...StatsTotals\n      proposals {\n        published\n        accepted\n        completed\n      }\n      consultationCount\n      requestsByMonth {\n        month\n        count\n        open\n        resolved\n        medianHoursToAcknowledge\n        medianHoursToResolve\n        shareResolvedWithinTarget\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardFilters {\n    districts\n    services {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query DashboardFilters {\n    districts\n    services {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicReports($first: Int!, $after: String, $filter: ServiceRequestFilter, $orderBy: ServiceRequestOrder) {\n    serviceRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          address\n          district\n          createdAt\n          isOverdue\n          location {\n            lat\n            lng\n          }\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicReports($first: Int!, $after: String, $filter: ServiceRequestFilter, $orderBy: ServiceRequestOrder) {\n    serviceRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          address\n          district\n          createdAt\n          isOverdue\n          location {\n            lat\n            lng\n          }\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumImage on Image {\n    id\n    width\n    height\n    placeholder\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n"): (typeof documents)["\n  fragment ForumImage on Image {\n    id\n    width\n    height\n    placeholder\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumSummary on Forum {\n    id\n    title\n    description\n    position\n    archived\n    archivedAt\n    topicCount\n    lastActivityAt\n  }\n"): (typeof documents)["\n  fragment ForumSummary on Forum {\n    id\n    title\n    description\n    position\n    archived\n    archivedAt\n    topicCount\n    lastActivityAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Forums {\n    forums {\n      ...ForumSummary\n    }\n  }\n"): (typeof documents)["\n  query Forums {\n    forums {\n      ...ForumSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumSummaryById($id: ID!) {\n    forum(id: $id) {\n      ...ForumSummary\n    }\n  }\n"): (typeof documents)["\n  query ForumSummaryById($id: ID!) {\n    forum(id: $id) {\n      ...ForumSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchivedForums($after: String) {\n    archivedForums(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ForumSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArchivedForums($after: String) {\n    archivedForums(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ForumSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumTopicCard on ForumTopic {\n    id\n    title\n    pinned\n    locked\n    commentCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n    }\n    images {\n      ...ForumImage\n    }\n  }\n"): (typeof documents)["\n  fragment ForumTopicCard on ForumTopic {\n    id\n    title\n    pinned\n    locked\n    commentCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n    }\n    images {\n      ...ForumImage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Forum($id: ID!, $first: Int!, $after: String, $orderBy: ForumTopicOrder!) {\n    forum(id: $id) {\n      ...ForumSummary\n      followerCount\n      viewerIsFollowing\n      topics(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            ...ForumTopicCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Forum($id: ID!, $first: Int!, $after: String, $orderBy: ForumTopicOrder!) {\n    forum(id: $id) {\n      ...ForumSummary\n      followerCount\n      viewerIsFollowing\n      topics(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            ...ForumTopicCard\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumTopicDetail on ForumTopic {\n    id\n    title\n    body\n    pinned\n    locked\n    hidden\n    hiddenReason\n    commentCount\n    commentsOpen\n    viewerCanEdit\n    createdAt\n    editedAt\n    lastActivityAt\n    followerCount\n    viewerIsFollowing\n    author {\n      id\n      displayName\n    }\n    forum {\n      id\n      title\n      archived\n    }\n    images {\n      ...ForumImage\n    }\n    comments(first: 20) {\n      ...CommentThreadConnection\n    }\n  }\n"): (typeof documents)["\n  fragment ForumTopicDetail on ForumTopic {\n    id\n    title\n    body\n    pinned\n    locked\n    hidden\n    hiddenReason\n    commentCount\n    commentsOpen\n    viewerCanEdit\n    createdAt\n    editedAt\n    lastActivityAt\n    followerCount\n    viewerIsFollowing\n    author {\n      id\n      displayName\n    }\n    forum {\n      id\n      title\n      archived\n    }\n    images {\n      ...ForumImage\n    }\n    comments(first: 20) {\n      ...CommentThreadConnection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumTopic($id: ID!) {\n    forumTopic(id: $id) {\n      ...ForumTopicDetail\n    }\n  }\n"): (typeof documents)["\n  query ForumTopic($id: ID!) {\n    forumTopic(id: $id) {\n      ...ForumTopicDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumTopicComments($id: ID!, $after: String) {\n    forumTopic(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumTopicComments($id: ID!, $after: String) {\n    forumTopic(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumTopicCommentCount($id: ID!) {\n    forumTopic(id: $id) {\n      id\n      commentCount\n      lastActivityAt\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  query ForumTopicCommentCount($id: ID!) {\n    forumTopic(id: $id) {\n      id\n      commentCount\n      lastActivityAt\n      viewerCanEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      ...ForumSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      ...ForumSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateForum($id: ID!, $input: UpdateForumInput!) {\n    updateForum(id: $id, input: $input) {\n      ...ForumSummary\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateForum($id: ID!, $input: UpdateForumInput!) {\n    updateForum(id: $id, input: $input) {\n      ...ForumSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveForum($id: ID!, $direction: ForumMoveDirection!) {\n    moveForum(id: $id, direction: $direction) {\n      ...ForumSummary\n    }\n  }\n"): (typeof documents)["\n  mutation MoveForum($id: ID!, $direction: ForumMoveDirection!) {\n    moveForum(id: $id, direction: $direction) {\n      ...ForumSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveForum($id: ID!) {\n    archiveForum(id: $id) {\n      ...ForumSummary\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveForum($id: ID!) {\n    archiveForum(id: $id) {\n      ...ForumSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreForum($id: ID!) {\n    restoreForum(id: $id) {\n      ...ForumSummary\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreForum($id: ID!) {\n    restoreForum(id: $id) {\n      ...ForumSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForumTopic($input: CreateForumTopicInput!) {\n    createForumTopic(input: $input) {\n      ...ForumTopicDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForumTopic($input: CreateForumTopicInput!) {\n    createForumTopic(input: $input) {\n      ...ForumTopicDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateForumTopic($id: ID!, $input: UpdateForumTopicInput!) {\n    updateForumTopic(id: $id, input: $input) {\n      ...ForumTopicDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateForumTopic($id: ID!, $input: UpdateForumTopicInput!) {\n    updateForumTopic(id: $id, input: $input) {\n      ...ForumTopicDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTopicPinned($id: ID!, $pinned: Boolean!) {\n    setTopicPinned(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation SetTopicPinned($id: ID!, $pinned: Boolean!) {\n    setTopicPinned(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTopicLocked($id: ID!, $locked: Boolean!) {\n    setTopicLocked(id: $id, locked: $locked) {\n      id\n      locked\n      commentsOpen\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  mutation SetTopicLocked($id: ID!, $locked: Boolean!) {\n    setTopicLocked(id: $id, locked: $locked) {\n      id\n      locked\n      commentsOpen\n      viewerCanEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePopularProposals($first: Int!, $after: String, $orderBy: ProposalOrder) {\n    proposals(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          supportCount\n          supportThreshold\n          district\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomePopularProposals($first: Int!, $after: String, $orderBy: ProposalOrder) {\n    proposals(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          supportCount\n          supportThreshold\n          district\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeResolvedRequests($first: Int!, $after: String, $filter: ServiceRequestFilter, $orderBy: ServiceRequestOrder) {\n    serviceRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          reference\n          address\n          district\n          resolvedAt\n          service {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeResolvedRequests($first: Int!, $after: String, $filter: ServiceRequestFilter, $orderBy: ServiceRequestOrder) {\n    serviceRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          reference\n          address\n          district\n          resolvedAt\n          service {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Districts {\n    districts\n  }\n"): (typeof documents)["\n  query Districts {\n    districts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"): (typeof documents)["\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  mutation ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccountStatus {\n    me {\n      id\n      email\n      emailVerified\n      locale\n    }\n  }\n"): (typeof documents)["\n  query MyAccountStatus {\n    me {\n      id\n      email\n      emailVerified\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n"): (typeof documents)["\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: Language!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($locale: Language!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagContent($targetType: FlagTargetType!, $targetId: ID!, $reason: FlagReason!, $note: String) {\n    flagContent(targetType: $targetType, targetId: $targetId, reason: $reason, note: $note)\n  }\n"): (typeof documents)["\n  mutation FlagContent($targetType: FlagTargetType!, $targetId: ID!, $reason: FlagReason!, $note: String) {\n    flagContent(targetType: $targetType, targetId: $targetId, reason: $reason, note: $note)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationItemFields on FlaggedItem {\n    id\n    targetType\n    targetId\n    openFlagCount\n    firstOpenFlagAt\n    lastFlaggedAt\n    reasonCounts {\n      reason\n      count\n    }\n    notes(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          note\n          createdAt\n        }\n      }\n    }\n    content {\n      targetType\n      targetId\n      title\n      text\n      createdAt\n      path\n      hidden\n      hiddenAt\n      hiddenReason\n      author {\n        id\n        displayName\n      }\n      context {\n        type\n        id\n        title\n      }\n      image {\n        id\n        width\n        height\n        placeholder\n        thumb: url(variant: THUMB)\n        large: url(variant: LARGE)\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationItemFields on FlaggedItem {\n    id\n    targetType\n    targetId\n    openFlagCount\n    firstOpenFlagAt\n    lastFlaggedAt\n    reasonCounts {\n      reason\n      count\n    }\n    notes(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          note\n          createdAt\n        }\n      }\n    }\n    content {\n      targetType\n      targetId\n      title\n      text\n      createdAt\n      path\n      hidden\n      hiddenAt\n      hiddenReason\n      author {\n        id\n        displayName\n      }\n      context {\n        type\n        id\n        title\n      }\n      image {\n        id\n        width\n        height\n        placeholder\n        thumb: url(variant: THUMB)\n        large: url(variant: LARGE)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationItemFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationItemFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationItem($targetType: FlagTargetType!, $targetId: ID!) {\n    moderationItem(targetType: $targetType, targetId: $targetId) {\n      ...ModerationItemFields\n    }\n  }\n"): (typeof documents)["\n  query ModerationItem($targetType: FlagTargetType!, $targetId: ID!) {\n    moderationItem(targetType: $targetType, targetId: $targetId) {\n      ...ModerationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideContent($targetType: FlagTargetType!, $targetId: ID!, $reason: String!, $ground: FlagReason) {\n    hideContent(targetType: $targetType, targetId: $targetId, reason: $reason, ground: $ground)\n  }\n"): (typeof documents)["\n  mutation HideContent($targetType: FlagTargetType!, $targetId: ID!, $reason: String!, $ground: FlagReason) {\n    hideContent(targetType: $targetType, targetId: $targetId, reason: $reason, ground: $ground)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreContent($targetType: FlagTargetType!, $targetId: ID!, $reason: String) {\n    restoreContent(targetType: $targetType, targetId: $targetId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RestoreContent($targetType: FlagTargetType!, $targetId: ID!, $reason: String) {\n    restoreContent(targetType: $targetType, targetId: $targetId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissFlags($targetType: FlagTargetType!, $targetId: ID!, $reason: String) {\n    dismissFlags(targetType: $targetType, targetId: $targetId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation DismissFlags($targetType: FlagTargetType!, $targetId: ID!, $reason: String) {\n    dismissFlags(targetType: $targetType, targetId: $targetId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SuspensionFields on Suspension {\n    id\n    until\n    reason\n    createdAt\n    active\n    liftedAt\n    liftReason\n    user {\n      id\n      displayName\n    }\n    suspendedBy {\n      id\n      displayName\n    }\n    liftedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment SuspensionFields on Suspension {\n    id\n    until\n    reason\n    createdAt\n    active\n    liftedAt\n    liftReason\n    user {\n      id\n      displayName\n    }\n    suspendedBy {\n      id\n      displayName\n    }\n    liftedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendAccount($userId: ID!, $until: DateTime!, $reason: String!) {\n    suspendAccount(userId: $userId, until: $until, reason: $reason) {\n      ...SuspensionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendAccount($userId: ID!, $until: DateTime!, $reason: String!) {\n    suspendAccount(userId: $userId, until: $until, reason: $reason) {\n      ...SuspensionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftSuspension($userId: ID!, $reason: String) {\n    liftSuspension(userId: $userId, reason: $reason) {\n      ...SuspensionFields\n    }\n  }\n"): (typeof documents)["\n  mutation LiftSuspension($userId: ID!, $reason: String) {\n    liftSuspension(userId: $userId, reason: $reason) {\n      ...SuspensionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suspensions($first: Int!, $after: String, $userId: ID, $includeEnded: Boolean) {\n    suspensions(first: $first, after: $after, userId: $userId, includeEnded: $includeEnded) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...SuspensionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Suspensions($first: Int!, $after: String, $userId: ID, $includeEnded: Boolean) {\n    suspensions(first: $first, after: $after, userId: $userId, includeEnded: $includeEnded) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...SuspensionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySuspension {\n    mySuspension {\n      id\n      until\n      reason\n    }\n  }\n"): (typeof documents)["\n  query MySuspension {\n    mySuspension {\n      id\n      until\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationLogEntryFields on ModerationLogEntry {\n    id\n    action\n    targetType\n    targetId\n    reason\n    ground\n    details\n    createdAt\n    actor {\n      id\n      displayName\n    }\n    subject {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationLogEntryFields on ModerationLogEntry {\n    id\n    action\n    targetType\n    targetId\n    reason\n    ground\n    details\n    createdAt\n    actor {\n      id\n      displayName\n    }\n    subject {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLog($first: Int!, $after: String, $filter: ModerationLogFilter) {\n    moderationLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationLogEntryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationLog($first: Int!, $after: String, $filter: ModerationLogFilter) {\n    moderationLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationLogEntryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Transparency($from: DateTime, $to: DateTime) {\n    moderationTransparency(from: $from, to: $to) {\n      from\n      to\n      byMonth {\n        month\n        flags\n        hidden\n        restored\n        suspensions\n      }\n      byGround {\n        month\n        ground\n        hidden\n        restored\n      }\n    }\n  }\n"): (typeof documents)["\n  query Transparency($from: DateTime, $to: DateTime) {\n    moderationTransparency(from: $from, to: $to) {\n      from\n      to\n      byMonth {\n        month\n        flags\n        hidden\n        restored\n        suspensions\n      }\n      byGround {\n        month\n        ground\n        hidden\n        restored\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowStateFields on FollowState {\n    targetType\n    targetId\n    followerCount\n    viewerIsFollowing\n  }\n"): (typeof documents)["\n  fragment FollowStateFields on FollowState {\n    targetType\n    targetId\n    followerCount\n    viewerIsFollowing\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($targetType: FollowTargetType!, $targetId: ID!) {\n    follow(targetType: $targetType, targetId: $targetId) {\n      ...FollowStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation Follow($targetType: FollowTargetType!, $targetId: ID!) {\n    follow(targetType: $targetType, targetId: $targetId) {\n      ...FollowStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($targetType: FollowTargetType!, $targetId: ID!) {\n    unfollow(targetType: $targetType, targetId: $targetId) {\n      ...FollowStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation Unfollow($targetType: FollowTargetType!, $targetId: ID!) {\n    unfollow(targetType: $targetType, targetId: $targetId) {\n      ...FollowStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    targetType\n    targetId\n    payload\n    read\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    targetType\n    targetId\n    payload\n    read\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationPreferenceFields on NotificationPreference {\n    kind\n    channel\n    frequency\n    defaultFrequency\n    label\n    group\n    groupLabel\n  }\n"): (typeof documents)["\n  fragment NotificationPreferenceFields on NotificationPreference {\n    kind\n    channel\n    frequency\n    defaultFrequency\n    label\n    group\n    groupLabel\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences($locale: Language) {\n    notificationPreferences(locale: $locale) {\n      ...NotificationPreferenceFields\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences($locale: Language) {\n    notificationPreferences(locale: $locale) {\n      ...NotificationPreferenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: String!, $frequency: NotificationFrequency!, $locale: Language) {\n    setNotificationPreference(kind: $kind, channel: EMAIL, frequency: $frequency, locale: $locale) {\n      ...NotificationPreferenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: String!, $frequency: NotificationFrequency!, $locale: Language) {\n    setNotificationPreference(kind: $kind, channel: EMAIL, frequency: $frequency, locale: $locale) {\n      ...NotificationPreferenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnsubscribeLink($token: String!, $locale: Language) {\n    unsubscribeLink(token: $token, locale: $locale) {\n      kind\n      label\n    }\n  }\n"): (typeof documents)["\n  query UnsubscribeLink($token: String!, $locale: Language) {\n    unsubscribeLink(token: $token, locale: $locale) {\n      kind\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($token: String!, $locale: Language) {\n    unsubscribe(token: $token, locale: $locale) {\n      kind\n      label\n    }\n  }\n"): (typeof documents)["\n  mutation Unsubscribe($token: String!, $locale: Language) {\n    unsubscribe(token: $token, locale: $locale) {\n      kind\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapSettings {\n    commune {\n      map {\n        tileUrl\n        attribution\n        center {\n          lat\n          lng\n        }\n        zoom\n        bounds {\n          south\n          west\n          north\n          east\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapSettings {\n    commune {\n      map {\n        tileUrl\n        attribution\n        center {\n          lat\n          lng\n        }\n        zoom\n        bounds {\n          south\n          west\n          north\n          east\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalImage on Image {\n    id\n    width\n    height\n    placeholder\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n"): (typeof documents)["\n  fragment ProposalImage on Image {\n    id\n    width\n    height\n    placeholder\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalCard on Proposal {\n    id\n    title\n    status\n    hidden\n    district\n    supportCount\n    supportThreshold\n    commentCount\n    publishedAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n    category {\n      id\n      name\n    }\n    images {\n      ...ProposalImage\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalCard on Proposal {\n    id\n    title\n    status\n    hidden\n    district\n    supportCount\n    supportThreshold\n    commentCount\n    publishedAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n    category {\n      id\n      name\n    }\n    images {\n      ...ProposalImage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposals($first: Int!, $after: String, $filter: ProposalFilter, $orderBy: ProposalOrder) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProposalCard\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Proposals($first: Int!, $after: String, $filter: ProposalFilter, $orderBy: ProposalOrder) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProposalCard\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalFormOptions {\n    categories {\n      id\n      name\n    }\n    districts\n  }\n"): (typeof documents)["\n  query ProposalFormOptions {\n    categories {\n      id\n      name\n    }\n    districts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarProposals($title: String!, $body: String) {\n    similarProposals(title: $title, body: $body, first: 5) {\n      id\n      title\n      status\n      supportCount\n    }\n  }\n"): (typeof documents)["\n  query SimilarProposals($title: String!, $body: String) {\n    similarProposals(title: $title, body: $body, first: 5) {\n      id\n      title\n      status\n      supportCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalDetail on Proposal {\n    ...ProposalCard\n    body\n    hiddenReason\n    location {\n      lat\n      lng\n    }\n    supportsOpen\n    supportDeadline\n    thresholdReachedAt\n    viewerHasSupported\n    followerCount\n    viewerIsFollowing\n    progress\n    updatedAt\n    officialAnswer {\n      status\n      body\n      publishedAt\n      author {\n        id\n        displayName\n      }\n    }\n    progressUpdates {\n      id\n      body\n      progress\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    timeline {\n      id\n      kind\n      fromStatus\n      toStatus\n      body\n      progress\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalDetail on Proposal {\n    ...ProposalCard\n    body\n    hiddenReason\n    location {\n      lat\n      lng\n    }\n    supportsOpen\n    supportDeadline\n    thresholdReachedAt\n    viewerHasSupported\n    followerCount\n    viewerIsFollowing\n    progress\n    updatedAt\n    officialAnswer {\n      status\n      body\n      publishedAt\n      author {\n        id\n        displayName\n      }\n    }\n    progressUpdates {\n      id\n      body\n      progress\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    timeline {\n      id\n      kind\n      fromStatus\n      toStatus\n      body\n      progress\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalDetail\n      comments(first: 20) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n"): (typeof documents)["\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalDetail\n      comments(first: 20) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalDetail($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalDetail\n    }\n  }\n"): (typeof documents)["\n  query ProposalDetail($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalComments($id: ID!, $after: String) {\n    proposal(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalComments($id: ID!, $after: String) {\n    proposal(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        ...CommentThreadConnection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalCommentCount($id: ID!) {\n    proposal(id: $id) {\n      id\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  query ProposalCommentCount($id: ID!) {\n    proposal(id: $id) {\n      id\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      ...ProposalDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      ...ProposalDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, input: $input) {\n      ...ProposalDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, input: $input) {\n      ...ProposalDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishProposal($id: ID!) {\n    publishProposal(id: $id) {\n      ...ProposalDetail\n    }\n  }\n"): (typeof documents)["\n  mutation PublishProposal($id: ID!) {\n    publishProposal(id: $id) {\n      ...ProposalDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($id: ID!) {\n    withdrawProposal(id: $id) {\n      ...ProposalDetail\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawProposal($id: ID!) {\n    withdrawProposal(id: $id) {\n      ...ProposalDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupportResult on Proposal {\n    id\n    supportCount\n    viewerHasSupported\n    followerCount\n    viewerIsFollowing\n    status\n    supportsOpen\n    thresholdReachedAt\n  }\n"): (typeof documents)["\n  fragment SupportResult on Proposal {\n    id\n    supportCount\n    viewerHasSupported\n    followerCount\n    viewerIsFollowing\n    status\n    supportsOpen\n    thresholdReachedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportProposal($id: ID!) {\n    supportProposal(id: $id) {\n      ...SupportResult\n    }\n  }\n"): (typeof documents)["\n  mutation SupportProposal($id: ID!) {\n    supportProposal(id: $id) {\n      ...SupportResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      ...SupportResult\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      ...SupportResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerProposal($id: ID!, $input: AnswerProposalInput!) {\n    answerProposal(id: $id, input: $input) {\n      ...ProposalDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerProposal($id: ID!, $input: AnswerProposalInput!) {\n    answerProposal(id: $id, input: $input) {\n      ...ProposalDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProgressUpdate($id: ID!, $input: ProgressUpdateInput!) {\n    addProgressUpdate(id: $id, input: $input) {\n      ...ProposalDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AddProgressUpdate($id: ID!, $input: ProgressUpdateInput!) {\n    addProgressUpdate(id: $id, input: $input) {\n      ...ProposalDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceFieldFields on ServiceField {\n    code\n    label\n    kind\n    required\n    description\n    options {\n      value\n      label\n    }\n    min\n    max\n    maxLength\n  }\n"): (typeof documents)["\n  fragment ServiceFieldFields on ServiceField {\n    code\n    label\n    kind\n    required\n    description\n    options {\n      value\n      label\n    }\n    min\n    max\n    maxLength\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceCatalogue {\n    services {\n      id\n      code\n      name\n      description\n      kind\n      publicRequests\n      group\n      targetDays\n      fields {\n        ...ServiceFieldFields\n      }\n      department {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceCatalogue {\n    services {\n      id\n      code\n      name\n      description\n      kind\n      publicRequests\n      group\n      targetDays\n      fields {\n        ...ServiceFieldFields\n      }\n      department {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequestDistricts {\n    districts\n  }\n"): (typeof documents)["\n  query ServiceRequestDistricts {\n    districts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRequestImage on Image {\n    id\n    width\n    height\n    placeholder\n    hidden\n    hiddenReason\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n"): (typeof documents)["\n  fragment ServiceRequestImage on Image {\n    id\n    width\n    height\n    placeholder\n    hidden\n    hiddenReason\n    thumb: url(variant: THUMB)\n    large: url(variant: LARGE)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRequestEventFields on ServiceRequestEvent {\n    id\n    kind\n    fromStatus\n    toStatus\n    body\n    byRequester\n    createdAt\n    rating\n    originalReference\n    priority\n    author {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n    images {\n      ...ServiceRequestImage\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceRequestEventFields on ServiceRequestEvent {\n    id\n    kind\n    fromStatus\n    toStatus\n    body\n    byRequester\n    createdAt\n    rating\n    originalReference\n    priority\n    author {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n    images {\n      ...ServiceRequestImage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRequestDetailFields on ServiceRequest {\n    id\n    reference\n    status\n    description\n    address\n    district\n    resolution\n    rating\n    ratingComment\n    priority\n    location {\n      lat\n      lng\n    }\n    images {\n      ...ServiceRequestImage\n    }\n    fieldValues {\n      code\n      label\n      kind\n      value\n      optionLabel\n    }\n    requester {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n    service {\n      id\n      name\n      kind\n      publicRequests\n    }\n    department {\n      id\n      name\n    }\n    events {\n      ...ServiceRequestEventFields\n    }\n    followerCount\n    viewerIsFollowing\n    viewerIsRequester\n    viewerCanManage\n    expectedAt\n    isOverdue\n    duplicateOf {\n      id\n      reference\n    }\n    createdAt\n    resolvedAt\n    closedAt\n  }\n"): (typeof documents)["\n  fragment ServiceRequestDetailFields on ServiceRequest {\n    id\n    reference\n    status\n    description\n    address\n    district\n    resolution\n    rating\n    ratingComment\n    priority\n    location {\n      lat\n      lng\n    }\n    images {\n      ...ServiceRequestImage\n    }\n    fieldValues {\n      code\n      label\n      kind\n      value\n      optionLabel\n    }\n    requester {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n    service {\n      id\n      name\n      kind\n      publicRequests\n    }\n    department {\n      id\n      name\n    }\n    events {\n      ...ServiceRequestEventFields\n    }\n    followerCount\n    viewerIsFollowing\n    viewerIsRequester\n    viewerCanManage\n    expectedAt\n    isOverdue\n    duplicateOf {\n      id\n      reference\n    }\n    createdAt\n    resolvedAt\n    closedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ServiceRequestUpdated($id: ID!) {\n    serviceRequestUpdated(id: $id) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  subscription ServiceRequestUpdated($id: ID!) {\n    serviceRequestUpdated(id: $id) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequestByReference($reference: String!) {\n    serviceRequestByReference(reference: $reference) {\n      id\n      reference\n      status\n      description\n      address\n      district\n      service {\n        id\n        name\n        kind\n      }\n      images {\n        ...ServiceRequestImage\n      }\n      events {\n        id\n        kind\n        fromStatus\n        toStatus\n        body\n        byRequester\n        createdAt\n        rating\n        originalReference\n      }\n      followerCount\n      expectedAt\n      isOverdue\n      createdAt\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequestByReference($reference: String!) {\n    serviceRequestByReference(reference: $reference) {\n      id\n      reference\n      status\n      description\n      address\n      district\n      service {\n        id\n        name\n        kind\n      }\n      images {\n        ...ServiceRequestImage\n      }\n      events {\n        id\n        kind\n        fromStatus\n        toStatus\n        body\n        byRequester\n        createdAt\n        rating\n        originalReference\n      }\n      followerCount\n      expectedAt\n      isOverdue\n      createdAt\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequestIdByReference($reference: String!) {\n    serviceRequestByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequestIdByReference($reference: String!) {\n    serviceRequestByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyServiceRequests($first: Int!, $after: String) {\n    myServiceRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          createdAt\n          isOverdue\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyServiceRequests($first: Int!, $after: String) {\n    myServiceRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          createdAt\n          isOverdue\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequestQueue($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          address\n          district\n          createdAt\n          expectedAt\n          isOverdue\n          priority\n          service {\n            id\n            name\n          }\n          assignee {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequestQueue($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          address\n          district\n          createdAt\n          expectedAt\n          isOverdue\n          priority\n          service {\n            id\n            name\n          }\n          assignee {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NearbyServiceRequests($filter: ServiceRequestFilter) {\n    serviceRequests(first: 5, filter: $filter) {\n      edges {\n        node {\n          id\n          reference\n          status\n          description\n          address\n          createdAt\n          distanceMeters\n          viewerIsFollowing\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NearbyServiceRequests($filter: ServiceRequestFilter) {\n    serviceRequests(first: 5, filter: $filter) {\n      edges {\n        node {\n          id\n          reference\n          status\n          description\n          address\n          createdAt\n          distanceMeters\n          viewerIsFollowing\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeServiceRequestStatus($id: ID!, $status: ServiceRequestStatus!, $message: String) {\n    changeServiceRequestStatus(id: $id, status: $status, message: $message) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeServiceRequestStatus($id: ID!, $status: ServiceRequestStatus!, $message: String) {\n    changeServiceRequestStatus(id: $id, status: $status, message: $message) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignServiceRequest($id: ID!, $assigneeId: ID) {\n    assignServiceRequest(id: $id, assigneeId: $assigneeId) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignServiceRequest($id: ID!, $assigneeId: ID) {\n    assignServiceRequest(id: $id, assigneeId: $assigneeId) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetServiceRequestPriority($id: ID!, $priority: ServiceRequestPriority!) {\n    setServiceRequestPriority(id: $id, priority: $priority) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetServiceRequestPriority($id: ID!, $priority: ServiceRequestPriority!) {\n    setServiceRequestPriority(id: $id, priority: $priority) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddServiceRequestNote($id: ID!, $body: String!, $internal: Boolean!) {\n    addServiceRequestNote(id: $id, body: $body, internal: $internal) {\n      ...ServiceRequestEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddServiceRequestNote($id: ID!, $body: String!, $internal: Boolean!) {\n    addServiceRequestNote(id: $id, body: $body, internal: $internal) {\n      ...ServiceRequestEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactRequester($id: ID!, $body: String!, $channel: ContactChannel!) {\n    contactRequester(id: $id, body: $body, channel: $channel) {\n      ...ServiceRequestEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation ContactRequester($id: ID!, $body: String!, $channel: ContactChannel!) {\n    contactRequester(id: $id, body: $body, channel: $channel) {\n      ...ServiceRequestEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkServiceRequestDuplicate($id: ID!, $originalId: ID!) {\n    markServiceRequestDuplicate(id: $id, originalId: $originalId) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkServiceRequestDuplicate($id: ID!, $originalId: ID!) {\n    markServiceRequestDuplicate(id: $id, originalId: $originalId) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToServiceRequest($id: ID!, $body: String!, $imageIds: [ID!]) {\n    replyToServiceRequest(id: $id, body: $body, imageIds: $imageIds) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToServiceRequest($id: ID!, $body: String!, $imageIds: [ID!]) {\n    replyToServiceRequest(id: $id, body: $body, imageIds: $imageIds) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateServiceRequest($id: ID!, $rating: Int!, $comment: String) {\n    rateServiceRequest(id: $id, rating: $rating, comment: $comment) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RateServiceRequest($id: ID!, $rating: Int!, $comment: String) {\n    rateServiceRequest(id: $id, rating: $rating, comment: $comment) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenServiceRequest($id: ID!, $reason: String!) {\n    reopenServiceRequest(id: $id, reason: $reason) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenServiceRequest($id: ID!, $reason: String!) {\n    reopenServiceRequest(id: $id, reason: $reason) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseTemplates($departmentId: ID!) {\n    responseTemplates(departmentId: $departmentId) {\n      id\n      title\n      body\n    }\n  }\n"): (typeof documents)["\n  query ResponseTemplates($departmentId: ID!) {\n    responseTemplates(departmentId: $departmentId) {\n      id\n      title\n      body\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;