import { useT } from '@/i18n';
import type { MapSettings } from '../graphql/places.graphql';

/** The tiles' credit, as text under the map (the map itself is hidden from assistive technologies). */
export function MapAttribution({ settings }: { settings: MapSettings }) {
  const t = useT();
  return <p className="pl-attribution">{t('places.attribution', { attribution: settings.attribution })}</p>;
}
