import { TestApp, errorOf } from '../harness/test-app';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id locale emailVerified } } }`;
const SET_LOCALE = `mutation($locale: Language!) { setMyLocale(locale: $locale) { id locale } }`;
const USER = `query($id: ID!) { user(id: $id) { id locale emailVerified } }`;
const ME = `{ me { id locale emailVerified } }`;

describe("an account's e-mail language", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  const input = (email: string, extra: Record<string, unknown> = {}) => ({
    email,
    password: 'a long passphrase',
    displayName: 'Nom',
    ...extra,
  });

  it('is chosen at sign-up, French by default, and shown to its owner only', async () => {
    const en = (await t.gqlOk(REGISTER, { input: input('en@example.test', { locale: 'EN' }) })).register;
    expect(en.user).toMatchObject({ locale: 'EN', emailVerified: false });
    const fr = (await t.gqlOk(REGISTER, { input: input('fr@example.test') })).register;
    expect(fr.user.locale).toBe('FR');
    expect(await t.sql(`SELECT email, locale FROM users WHERE id = ANY($1) ORDER BY email`, [[en.user.id, fr.user.id]])).toEqual([
      { email: 'en@example.test', locale: 'en' },
      { email: 'fr@example.test', locale: 'fr' },
    ]);
    // Someone else sees neither the language nor the verification.
    expect((await t.gqlOk(USER, { id: en.user.id }, fr.accessToken)).user).toEqual({ id: en.user.id, locale: null, emailVerified: false });
    expect((await t.gqlOk(USER, { id: en.user.id })).user.locale).toBeNull();
  });

  it('follows the commune’s default language when the sign-up names none', async () => {
    await t.sql(
      `INSERT INTO commune_identity (name, primary_color, primary_text_color, default_language) VALUES ('Parvis-on-Sea', '#1d3f8f', '#ffffff', 'en')`,
    );
    try {
      const user = (await t.gqlOk(REGISTER, { input: input('default@example.test') })).register.user;
      expect(user.locale).toBe('EN');
    } finally {
      await t.sql(`DELETE FROM commune_identity`);
    }
  });

  it('is changed by its owner with setMyLocale; a visitor or a wrong value is refused and changes nothing', async () => {
    const me = (await t.gqlOk(REGISTER, { input: input('switch@example.test') })).register;
    expect((await t.gqlOk(SET_LOCALE, { locale: 'EN' }, me.accessToken)).setMyLocale).toEqual({ id: me.user.id, locale: 'EN' });
    expect((await t.gqlOk(ME, {}, me.accessToken)).me.locale).toBe('EN');
    expect(errorOf(await t.gql(SET_LOCALE, { locale: 'FR' })).code).toBe('UNAUTHENTICATED');
    const wrong = await t.gql(SET_LOCALE, { locale: 'DE' }, me.accessToken);
    expect(wrong.errors?.[0]).toBeDefined();
    expect((await t.sql(`SELECT locale FROM users WHERE id = $1`, [me.user.id]))[0].locale).toBe('en');
  });
});
