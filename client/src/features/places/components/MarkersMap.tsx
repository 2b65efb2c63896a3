import { useEffect, useRef } from 'react';
import type { Point } from '../geocoder';
import { useMapSettings } from '../hooks/useMapSettings';
import type { MarkersHandle } from '../leaflet-map';
import { MapAttribution } from './MapAttribution';
import '../places.css';

/**
 * A map of several points (public reports), Leaflet loaded when it is first drawn. Hidden from
 * assistive technologies (`aria-hidden`): the page lists the same records in words, which is the
 * accessible alternative; `description` says so under the map.
 */
export function MarkersMap({ points, description }: { points: Point[]; description: string }) {
  const settings = useMapSettings();
  const element = useRef<HTMLDivElement>(null);
  const handle = useRef<MarkersHandle | null>(null);
  const latest = useRef(points);
  const key = points.map((p) => `${p.lat},${p.lng}`).join(';');
  useEffect(() => {
    latest.current = points;
  });

  useEffect(() => {
    if (!settings) return;
    let cancelled = false;
    let observer: ResizeObserver | null = null;
    void import('../leaflet-map').then(
      ({ createMarkersMap }) => {
        if (cancelled || !element.current) return;
        handle.current = createMarkersMap(element.current, settings, latest.current);
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
  }, [settings]);

  useEffect(() => {
    handle.current?.setPoints(latest.current);
  }, [key]);

  return (
    <figure className="pl-figure">
      {settings && <div ref={element} className="pl-map pl-map--markers" aria-hidden="true" data-markers={points.length} />}
      <figcaption>{description}</figcaption>
      {settings && <MapAttribution settings={settings} />}
    </figure>
  );
}
