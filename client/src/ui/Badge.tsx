import { useT } from '@/i18n';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: string }) {
  return <span className={tone === 'neutral' ? 'p-badge' : `p-badge p-badge--${tone}`}>{children}</span>;
}

/**
 * A status word from the server shown translated: the text is `t(`${namespace}.${status}`)`
 * (e.g. namespace `proposals.status` → key `proposals.status.PUBLISHED`), the colour from `tones`.
 */
export function StatusBadge({ status, namespace, tones }: { status: string; namespace: string; tones?: Partial<Record<string, Tone>> }) {
  const t = useT();
  return <Badge tone={tones?.[status] ?? 'neutral'}>{t(`${namespace}.${status}`)}</Badge>;
}
