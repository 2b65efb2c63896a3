import { createContext, useContext, type ReactNode } from 'react';

/**
 * The site's name as the shell knows it (the commune's, once set up): PageHeader ends every
 * document title with it. Null: the app's own name.
 */
const SiteNameContext = createContext<string | null>(null);

export function SiteNameProvider({ name, children }: { name: string | null; children: ReactNode }) {
  return <SiteNameContext.Provider value={name}>{children}</SiteNameContext.Provider>;
}

export function useSiteName(): string | null {
  return useContext(SiteNameContext);
}
