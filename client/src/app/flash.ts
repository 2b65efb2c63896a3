import type { NavigateOptions } from 'react-router-dom';

/**
 * A one-time message shown on the next page ("Compte créé."): pass `flash(key, params)` as the
 * options of navigate(). The shell shows it in a live region, translated at display time.
 */
export interface Flash {
  key: string;
  params?: Record<string, string | number>;
}

export function flash(key: string, params?: Flash['params'], options: NavigateOptions = {}): NavigateOptions {
  return { ...options, state: { ...(options.state as object | undefined), flash: { key, params } } };
}
