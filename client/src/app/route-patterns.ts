/**
 * The route patterns written in a feature's routes.tsx (`path: '/proposals/:id'`, `index: true` for
 * `/`), read from its source text. The client build lists them all in `dist/routes.json` (vite.config.ts),
 * from which the server answers 404 to addresses no page has; a unit test checks the list read this
 * way is exactly the routes the app registers, so a route written another way cannot be missed.
 */
export function routePatternsIn(source: string): string[] {
  const patterns: string[] = [];
  for (const m of source.matchAll(/\bpath:\s*(['"`])([^'"`$]+)\1/g)) patterns.push(m[2] as string);
  if (/\bindex:\s*true\b/.test(source)) patterns.push('/');
  return patterns;
}
