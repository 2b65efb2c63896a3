import { useEffect, useRef } from 'react';
import type { Point } from '../geocoder';
import type { MapSettings } from '../graphql/places.graphql';
import type { MapHandle } from '../leaflet-map';

/**
 * The map itself, hidden from assistive technologies (`aria-hidden`; the page gives the same in
 * words and the address field does all it does). Leaflet and its CSS load when the first map is
 * drawn. `onPick` makes it interactive: tapping sets the point, the marker can be dragged.
 */
export function MapCanvas({
  settings,
  point,
  onPick,
  className,
}: {
  settings: MapSettings;
  point: Point | null;
  onPick?: (point: Point) => void;
  className?: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  const handle = useRef<MapHandle | null>(null);
  // The latest values, read by the map drawn asynchronously and by its event handlers.
  const latest = useRef({ point, onPick });
  useEffect(() => {
    latest.current = { point, onPick };
  });
  const interactive = Boolean(onPick);

  useEffect(() => {
    let cancelled = false;
    let observer: ResizeObserver | null = null;
    void import('../leaflet-map').then(
      ({ createMap }) => {
        if (cancelled || !element.current) return;
        handle.current = createMap(element.current, settings, {
          point: latest.current.point,
          interactive,
          onPick: (p) => latest.current.onPick?.(p),
        });
        if (typeof ResizeObserver === 'function') {
          observer = new ResizeObserver(() => handle.current?.resize());
          observer.observe(element.current);
        }
      },
      // Leaflet could not be fetched (offline): the page says the same in words; the empty box goes.
      () => {
        if (!cancelled && element.current) element.current.hidden = true;
      },
    );
    return () => {
      cancelled = true;
      observer?.disconnect();
      handle.current?.destroy();
      handle.current = null;
    };
  }, [settings, interactive]);

  const lat = point?.lat;
  const lng = point?.lng;
  useEffect(() => {
    handle.current?.setPoint(lat === undefined || lng === undefined ? null : { lat, lng }, true);
  }, [lat, lng]);

  return <div ref={element} className={['pl-map', className].filter(Boolean).join(' ')} aria-hidden="true" />;
}
