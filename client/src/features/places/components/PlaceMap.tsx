import { useT } from '@/i18n';
import type { Point } from '../geocoder';
import { useMapSettings } from '../hooks/useMapSettings';
import { MapAttribution } from './MapAttribution';
import { MapCanvas } from './MapCanvas';
import '../places.css';

/**
 * A small, still map of a record's place (a proposal's, a request's), with the place in words
 * beneath it (`description`: the address, or the coordinates), which is what screen readers get.
 */
export function PlaceMap({ point, description }: { point: Point; description: string }) {
  const t = useT();
  const settings = useMapSettings();
  return (
    <figure className="pl-figure" aria-label={t('places.mapOf')}>
      {settings && <MapCanvas settings={settings} point={point} className="pl-map--small" />}
      <figcaption>{description}</figcaption>
      {settings && <MapAttribution settings={settings} />}
    </figure>
  );
}
