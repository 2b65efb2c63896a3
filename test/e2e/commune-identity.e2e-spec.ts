import { upload, smallImage } from '../harness/media';
import {
  cast,
  Cast,
  COMMUNE,
  CREATE_DISTRICT,
  identityInput,
  LEGAL_PAGE,
  nonAdmins,
  RESET_LEGAL,
  SET_LOGO,
  SETUP,
  UPDATE_IDENTITY,
  UPDATE_LEGAL,
  ARCHIVE_DISTRICT,
} from '../harness/commune';
import { makeService } from '../harness/service-requests';
import { errorOf, TestApp } from '../harness/test-app';

const KINDS = ['LEGAL_NOTICE', 'PRIVACY', 'ACCESSIBILITY', 'TERMS'];

/** A fresh commune: no districts, no identity, no department (as a town hall's server without the demo). */
describe('the commune: identity, first-run checklist, logo and legal pages', () => {
  let t: TestApp;
  let c: Cast;

  beforeAll(async () => {
    t = await TestApp.start({ DISTRICTS: '' });
    c = await cast(t);
    // cast() made a department for its agent: start the checklist from nothing.
    await t.sql('DELETE FROM agent_departments');
    await t.sql('DELETE FROM departments');
  });
  afterAll(() => t?.close());

  const identityRows = () => t.sql('SELECT * FROM commune_identity');
  const legalRows = () => t.sql('SELECT * FROM legal_pages ORDER BY kind, language');

  describe('before it is set up', () => {
    it('answers the defaults, and the checklist says nothing is done', async () => {
      expect((await t.gqlOk(COMMUNE)).commune).toMatchObject({
        name: null,
        configured: false,
        primaryColor: '#1d3f8f',
        primaryTextColor: '#ffffff',
        defaultLanguage: 'FR',
        accessibilityConformance: 'PARTIAL',
        updatedAt: null,
        logo: null,
      });
      expect((await t.gqlOk(SETUP)).communeSetup).toEqual({
        identityDone: false,
        districtsCount: 0,
        departmentsCount: 0,
        servicesCount: 0,
        complete: false,
      });
    });

    it('has legal pages already, in French and English, saying what Parvis does', async () => {
      for (const kind of KINDS) {
        const fr = (await t.gqlOk(LEGAL_PAGE, { kind })).legalPage;
        const en = (await t.gqlOk(LEGAL_PAGE, { kind, language: 'EN' })).legalPage;
        expect(fr).toMatchObject({ kind, language: 'FR', isDefault: true, updatedAt: null });
        expect(en).toMatchObject({ kind, language: 'EN', isDefault: true });
        expect(fr.body.length).toBeGreaterThan(300);
        expect(fr.title).not.toBe(en.title);
      }
      const privacy = (await t.gqlOk(LEGAL_PAGE, { kind: 'PRIVACY' })).legalPage;
      expect(privacy.slug).toBe('privacy');
      expect(privacy.body).toMatch(/CNIL/);
      expect(privacy.body).toMatch(/\[Mon compte\]\(\/account\)/); // export and erasure, where they are
      expect(privacy.body).toMatch(/30 jours/); // REFRESH_TOKEN_TTL_DAYS
      expect(privacy.body).toMatch(/délégué à la protection des données/);
      const accessibility = (await t.gqlOk(LEGAL_PAGE, { kind: 'ACCESSIBILITY' })).legalPage;
      expect(accessibility.body).toMatch(/\*\*partiellement conforme\*\*/);
      expect(accessibility.body).toMatch(/RGAA\), version 4\.1/);
      expect(accessibility.body).toMatch(/Défenseur des droits/);
      expect((await t.gqlOk(LEGAL_PAGE, { kind: 'LEGAL_NOTICE' })).legalPage.slug).toBe('mentions-legales');
    });

    it('refuses a logo before the identity exists', async () => {
      const { body } = await upload(t, await smallImage('png'), { token: c.admin.token, contentType: 'image/png', filename: 'logo.png' });
      expect(errorOf(await t.gql(SET_LOGO, { imageId: body.id }, c.admin.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'IDENTITY_NOT_SET',
      });
    });
  });

  describe('rights: only admins change the commune, and a refusal changes nothing', () => {
    it.each([
      ['updateCommuneIdentity', UPDATE_IDENTITY, { input: identityInput() }],
      ['setCommuneLogo', SET_LOGO, { imageId: null }],
      ['updateLegalPage', UPDATE_LEGAL, { input: { kind: 'TERMS', language: 'FR', title: 'T', body: 'B' } }],
      ['resetLegalPage', RESET_LEGAL, { kind: 'TERMS', language: 'FR' }],
    ])('%s', async (_name, mutation, variables) => {
      const [identity, legal] = [await identityRows(), await legalRows()];
      for (const [who, token, code] of nonAdmins(c)) {
        expect([who, errorOf(await t.gql(mutation, variables, token)).code]).toEqual([who, code]);
      }
      expect(await identityRows()).toEqual(identity);
      expect(await legalRows()).toEqual(legal);
    });
  });

  describe('the identity', () => {
    it('refuses colours that do not contrast 4.5:1, naming primaryTextColor, saving nothing', async () => {
      const res = await t.gql(
        UPDATE_IDENTITY,
        { input: identityInput({ primaryColor: '#ffcc00', primaryTextColor: '#ffffff' }) },
        c.admin.token,
      );
      expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INSUFFICIENT_CONTRAST', fields: ['input.primaryTextColor'] });
      expect(res.errors![0].extensions.fields[0]).toMatchObject({
        constraint: 'contrast',
        message: expect.stringMatching(/1\.\d:1.*4\.5:1/),
      });
      // Just below the line (#777777 on white: 4.48:1) is refused too.
      expect(errorOf(await t.gql(UPDATE_IDENTITY, { input: identityInput({ primaryColor: '#777777' }) }, c.admin.token)).reason).toBe(
        'INSUFFICIENT_CONTRAST',
      );
      expect(await identityRows()).toEqual([]);
    });

    it.each([
      ['primaryColor', { primaryColor: 'blue' }],
      ['primaryTextColor', { primaryTextColor: '#fff' }],
      ['email', { email: 'not an address' }],
      ['website', { website: 'ftp://mairie.test' }],
      ['phone', { phone: 'call us' }],
      ['name', { name: '   ' }],
      ['name', { name: 'x'.repeat(121) }],
      ['defaultLanguage', { defaultLanguage: 'DE' }],
      ['accessibilityAuditRate', { accessibilityAuditDate: '2026-01-10', accessibilityAuditRate: 101 }],
      ['accessibilityAuditRate', { accessibilityAuditDate: '2026-01-10' }],
      ['accessibilityAuditDate', { accessibilityAuditRate: 80 }],
      ['accessibilityAuditDate', { accessibilityAuditDate: '2026-02-30', accessibilityAuditRate: 80 }],
      ['accessibilityAuditDate', { accessibilityAuditDate: '2999-01-01', accessibilityAuditRate: 80 }],
    ])('refuses a bad %s, naming it, saving nothing', async (field, over) => {
      const res = await t.gql(UPDATE_IDENTITY, { input: identityInput(over) }, c.admin.token);
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const paths = errorOf(res).fields;
      // An enum value GraphQL itself refuses names the variable, not a field path.
      if (field === 'defaultLanguage') expect(res.errors![0].message).toMatch(/defaultLanguage/);
      else expect(paths).toEqual([`input.${field}`]);
      expect(await identityRows()).toEqual([]);
    });

    it('saves the identity for everyone to read; blanks are cleared, colours written in lower case', async () => {
      const saved = (
        await t.gqlOk(
          UPDATE_IDENTITY,
          { input: identityInput({ primaryColor: '#0B5A73', website: '  ', dpoContact: null }) },
          c.admin.token,
        )
      ).updateCommuneIdentity;
      expect(saved).toMatchObject({
        name: 'Saint-Parvis-les-Tests',
        configured: true,
        primaryColor: '#0b5a73',
        primaryTextColor: '#ffffff',
        website: null,
        dpoContact: null,
        email: 'mairie@saint-parvis.test',
        defaultLanguage: 'FR',
      });
      expect(saved.updatedAt).toBeTruthy();
      expect((await t.gqlOk(COMMUNE)).commune).toMatchObject({ name: 'Saint-Parvis-les-Tests', primaryColor: '#0b5a73' });
      const [row] = await identityRows();
      expect(row).toMatchObject({ name: 'Saint-Parvis-les-Tests', updated_by_id: c.admin.id, singleton: true });
      // A second save updates the one row.
      await t.gqlOk(UPDATE_IDENTITY, { input: identityInput({ website: 'https://saint-parvis.test' }) }, c.admin.token);
      expect(await identityRows()).toHaveLength(1);
      expect((await t.gqlOk(SETUP)).communeSetup.identityDone).toBe(true);
    });

    it('declares the accessibility level from the recorded audit', async () => {
      const level = async (rate: number) =>
        (
          await t.gqlOk(
            UPDATE_IDENTITY,
            {
              input: identityInput({
                accessibilityAuditDate: '2026-01-10',
                accessibilityAuditRate: rate,
                accessibilityAuditor: 'Audit & Co',
              }),
            },
            c.admin.token,
          )
        ).updateCommuneIdentity.accessibilityConformance;
      expect(await level(100)).toBe('FULL');
      expect(await level(30)).toBe('NONE');
      expect((await t.gqlOk(LEGAL_PAGE, { kind: 'ACCESSIBILITY' })).legalPage.body).toMatch(
        /\*\*non conforme\*\*.*\n*.*30 % des critères/s,
      );
      expect(await level(75)).toBe('PARTIAL');
      const statement = (await t.gqlOk(LEGAL_PAGE, { kind: 'ACCESSIBILITY' })).legalPage.body;
      expect(statement).toMatch(/réalisé le 10 janvier 2026 par Audit & Co révèle que 75 %/);
      await t.gqlOk(UPDATE_IDENTITY, { input: identityInput() }, c.admin.token);
      expect((await t.gqlOk(COMMUNE)).commune).toMatchObject({ accessibilityAuditRate: null, accessibilityConformance: 'PARTIAL' });
    });
  });

  describe('the logo', () => {
    it('makes an admin’s upload the public logo, then removes it', async () => {
      const { body: image } = await upload(t, await smallImage('png'), {
        token: c.admin.token,
        contentType: 'image/png',
        filename: 'logo.png',
      });
      const set = (await t.gqlOk(SET_LOGO, { imageId: image.id }, c.admin.token)).setCommuneLogo;
      expect(set.logo.id).toBe(image.id);
      expect(set.logo.url).not.toContain('sig='); // public: a stable URL
      const logo = (await t.gqlOk(COMMUNE)).commune.logo;
      expect(logo.id).toBe(image.id);
      const served = await t.http.get(new URL(logo.url, 'http://x').pathname);
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toBe('image/webp');

      // Someone else's upload cannot become the logo.
      const other = await t.factories.admin();
      const { body: theirs } = await upload(t, await smallImage('png'), { token: other.token, contentType: 'image/png' });
      expect(errorOf(await t.gql(SET_LOGO, { imageId: theirs.id }, c.admin.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'IMAGE_NOT_YOURS',
        fields: ['imageId'],
      });
      expect((await t.gqlOk(COMMUNE)).commune.logo.id).toBe(image.id);

      expect((await t.gqlOk(SET_LOGO, { imageId: null }, c.admin.token)).setCommuneLogo.logo).toBeNull();
      expect((await t.sql('SELECT attached_id FROM images WHERE id = $1', [image.id]))[0].attached_id).toBeNull();
      expect((await t.http.get(new URL(logo.url, 'http://x').pathname)).status).toBe(404);
    });
  });

  describe('the first-run checklist', () => {
    it('counts each step from the server: districts offered, departments, services open', async () => {
      const admin = c.admin.token;
      const d = (await t.gqlOk(CREATE_DISTRICT, { input: { name: 'Bourg' } }, admin)).createDistrict;
      expect((await t.gqlOk(SETUP)).communeSetup).toMatchObject({ districtsCount: 1, complete: false });
      await t.gqlOk(ARCHIVE_DISTRICT, { id: d.id }, admin);
      expect((await t.gqlOk(SETUP)).communeSetup.districtsCount).toBe(0);
      await t.gqlOk(CREATE_DISTRICT, { input: { name: 'Hameau' } }, admin);
      const department = await t.factories.department();
      expect((await t.gqlOk(SETUP)).communeSetup).toMatchObject({ departmentsCount: 1, servicesCount: 0, complete: false });
      await makeService(t, department.id);
      expect((await t.gqlOk(SETUP)).communeSetup).toEqual({
        identityDone: true,
        districtsCount: 1,
        departmentsCount: 1,
        servicesCount: 1,
        complete: true,
      });
    });
  });

  describe('legal pages', () => {
    it('fill their defaults with the identity', async () => {
      const notice = (await t.gqlOk(LEGAL_PAGE, { kind: 'LEGAL_NOTICE' })).legalPage;
      expect(notice.body).toContain('la commune de Saint-Parvis-les-Tests');
      expect(notice.body).toContain('Anne Maire, maire');
      expect(notice.body).toContain('Hébergeur SAS');
      expect(notice.body).toContain('[mairie@saint-parvis.test](mailto:mairie@saint-parvis.test)');
      expect(notice.updatedAt).toBeTruthy(); // the identity's last change
      const en = (await t.gqlOk(LEGAL_PAGE, { kind: 'PRIVACY', language: 'EN' })).legalPage;
      expect(en.body).toContain('The commune of Saint-Parvis-les-Tests');
      expect(en.body).toContain('dpo@saint-parvis.test');
    });

    it('take an admin’s text per language, refusing blanks, and go back to the default', async () => {
      expect(
        errorOf(await t.gql(UPDATE_LEGAL, { input: { kind: 'TERMS', language: 'FR', title: 'Conditions', body: '  ' } }, c.admin.token)),
      ).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.body'] });
      expect(
        errorOf(await t.gql(UPDATE_LEGAL, { input: { kind: 'TERMS', language: 'FR', title: '', body: 'Texte' } }, c.admin.token)),
      ).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.title'] });
      expect(await legalRows()).toEqual([]);

      const body = '## Règles\n\nSoyez courtois.\n\n- Pas d’injures\n- Pas de publicité';
      const saved = (
        await t.gqlOk(UPDATE_LEGAL, { input: { kind: 'TERMS', language: 'FR', title: 'Règles du site', body } }, c.admin.token)
      ).updateLegalPage;
      expect(saved).toMatchObject({ kind: 'TERMS', language: 'FR', title: 'Règles du site', body, isDefault: false, slug: 'terms' });
      expect(saved.updatedAt).toBeTruthy();
      expect((await t.gqlOk(LEGAL_PAGE, { kind: 'TERMS' })).legalPage).toMatchObject({ title: 'Règles du site', isDefault: false });
      expect((await t.gqlOk(LEGAL_PAGE, { kind: 'TERMS', language: 'EN' })).legalPage).toMatchObject({
        title: 'Terms of use',
        isDefault: true,
      });
      expect((await legalRows())[0]).toMatchObject({ kind: 'TERMS', language: 'fr', updated_by_id: c.admin.id });

      const reset = (await t.gqlOk(RESET_LEGAL, { kind: 'TERMS', language: 'FR' }, c.admin.token)).resetLegalPage;
      expect(reset).toMatchObject({ title: 'Conditions d’utilisation', isDefault: true });
      expect(await legalRows()).toEqual([]);
    });

    it('are served in the commune’s default language when none is asked', async () => {
      await t.gqlOk(UPDATE_IDENTITY, { input: identityInput({ defaultLanguage: 'EN' }) }, c.admin.token);
      expect((await t.gqlOk(COMMUNE)).commune.defaultLanguage).toBe('EN');
      expect((await t.gqlOk(LEGAL_PAGE, { kind: 'TERMS' })).legalPage).toMatchObject({ language: 'EN', title: 'Terms of use' });
      await t.gqlOk(UPDATE_IDENTITY, { input: identityInput() }, c.admin.token);
    });
  });
});
