import { describe, expect, it } from 'vitest';
import {
  featureNotificationRenderers,
  loadNotificationRenderers,
  featureRoutes,
  footerItems,
  mergeNotificationRenderers,
  mergeTypePolicies,
  navItems,
  shellBanners,
} from './features';
import { safeNext } from './guards';

describe('feature discovery', () => {
  it('collects the routes and nav items of every feature', () => {
    const paths = featureRoutes.map((r) => r.path ?? (r.index ? '/' : ''));
    expect(paths).toEqual(expect.arrayContaining(['/', '/sign-in', '/sign-up', '/account', '/admin']));
    expect(navItems[0]?.to).toBe('/');
    expect(navItems.find((n) => n.to === '/admin')?.roles).toEqual(['ADMIN']);
  });

  it('collects the footer links and the banners features show on every page', () => {
    expect(footerItems.map((i) => i.to)).toContain('/transparency');
    expect(navItems.find((n) => n.to === '/moderation')?.roles).toEqual(['MODERATOR', 'ADMIN']);
    expect(shellBanners.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses two features defining the same cache field', () => {
    const a = { typePolicies: { Query: { fields: { proposals: {} } } } };
    const b = { typePolicies: { Query: { fields: { proposals: {} } } } };
    expect(() => mergeTypePolicies([a, b])).toThrow(/Query.proposals/);
    expect(mergeTypePolicies([a, { typePolicies: { Query: { fields: { forums: {} } } } }]).Query?.fields).toHaveProperty('forums');
  });

  it('collects the notification renderers of the features that write notifications', async () => {
    expect(await loadNotificationRenderers()).toBe(featureNotificationRenderers);
    expect([...featureNotificationRenderers.keys()]).toEqual(
      expect.arrayContaining(['PROPOSAL_ANSWERED', 'PROPOSAL_COMMENTED', 'SERVICE_REQUEST_STATUS_CHANGED', 'SERVICE_REQUEST_RATED']),
    );
  });

  it('refuses two features rendering the same notification kind', () => {
    const render = () => ({ text: '', message: null, link: null });
    expect(() => mergeNotificationRenderers([{ notificationRenderers: { X: render } }, { notificationRenderers: { X: render } }])).toThrow(
      /X/,
    );
  });
});

describe('safeNext', () => {
  it('only follows paths of this site', () => {
    expect(safeNext('/account')).toBe('/account');
    expect(safeNext('//evil.example/x')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext(null, '/home')).toBe('/home');
  });
});
