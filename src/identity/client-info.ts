import type { ClientInfo } from './identity.service';

/** IP (as Express resolves it through TRUST_PROXY_HOPS) and user agent of a request. */
export function clientInfo(req: { ip?: string; headers: Record<string, string | string[] | undefined> }): ClientInfo {
  const ua = req.headers['user-agent'];
  return { ip: req.ip ?? null, userAgent: typeof ua === 'string' ? ua : null };
}
