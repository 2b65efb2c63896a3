import type { RouteObject } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { featureRoutes } from './features';
import { routePatternsIn } from './route-patterns';

const sources = import.meta.glob<string>('../features/*/routes.tsx', { query: '?raw', import: 'default', eager: true });

function registered(routes: RouteObject[], base = ''): string[] {
  return routes.flatMap((r) => {
    const path = r.index ? base || '/' : r.path ? (r.path.startsWith('/') ? r.path : `${base}/${r.path}`) : base;
    return [...(r.index || r.path ? [path] : []), ...registered(r.children ?? [], path)];
  });
}

describe('the route list the build writes for the server (routes.json)', () => {
  it('is exactly the routes the features register', () => {
    const read = Object.values(sources).flatMap(routePatternsIn).sort();
    expect(read).toEqual(registered(featureRoutes).sort());
    expect(read).toEqual(expect.arrayContaining(['/', '/proposals/:id', '/legal/privacy', '/admin/districts']));
  });

  it('reads paths and index routes from source text', () => {
    expect(routePatternsIn(`[{ index: true, element: <A /> }, { path: '/a/:id', element: <B /> }, { path: "/b" }]`)).toEqual([
      '/a/:id',
      '/b',
      '/',
    ]);
  });
});
