/**
 * Leaflet, loaded only by pages that draw a map (this module is imported dynamically by MapCanvas,
 * so neither Leaflet nor its CSS is in the bundle of a page without a map).
 */
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { Point } from './geocoder';
import type { MapSettings } from './graphql/places.graphql';

export interface MapHandle {
  /** Moves the marker there (none for null), centring the map on it when `pan`. */
  setPoint(point: Point | null, pan: boolean): void;
  /** Recomputes the size after the container changed. */
  resize(): void;
  destroy(): void;
}

/** The zoom a chosen point is shown at: streets and house numbers readable. */
export const POINT_ZOOM = 17;

/**
 * Draws a map in `element`: the configured tiles, opening on the point, else the districts'
 * outlines, else MAP_CENTER. Interactive: a tap or click sets the point (`onPick`) and the marker can
 * be dragged. The map is a pointer affordance only: the page hides it from assistive technologies
 * (the address field does everything it does), so nothing in it takes keyboard focus.
 */
export function createMap(
  element: HTMLElement,
  settings: MapSettings,
  options: { point: Point | null; interactive: boolean; onPick?: (point: Point) => void },
): MapHandle {
  const { interactive } = options;
  const map = L.map(element, {
    keyboard: false,
    attributionControl: false, // the credit is written under the map, as text
    zoomControl: interactive,
    dragging: interactive,
    touchZoom: interactive,
    doubleClickZoom: interactive,
    scrollWheelZoom: false, // the page scrolls, not the map
    boxZoom: false,
  });
  L.tileLayer(settings.tileUrl, { maxZoom: 19, crossOrigin: false }).addTo(map);
  if (options.point) map.setView([options.point.lat, options.point.lng], POINT_ZOOM);
  else if (settings.bounds)
    map.fitBounds([
      [settings.bounds.south, settings.bounds.west],
      [settings.bounds.north, settings.bounds.east],
    ]);
  else map.setView([settings.center.lat, settings.center.lng], settings.zoom);

  // The zoom buttons are links: out of the tab order, as the rest of the (hidden) map.
  for (const link of element.querySelectorAll<HTMLElement>('a, button')) link.tabIndex = -1;

  const icon = L.divIcon({
    className: 'pl-marker',
    html: '<span class="pl-marker__pin"></span>',
    iconSize: [28, 36],
    iconAnchor: [14, 36],
  });
  let marker: L.Marker | null = null;
  const pick = (latlng: L.LatLng) => options.onPick?.({ lat: latlng.lat, lng: latlng.wrap().lng });

  function setPoint(point: Point | null, pan: boolean) {
    if (!point) {
      marker?.remove();
      marker = null;
      return;
    }
    if (!marker) {
      marker = L.marker([point.lat, point.lng], { icon, keyboard: false, draggable: interactive, interactive, autoPan: true });
      marker.on('dragend', () => marker && pick(marker.getLatLng()));
      marker.addTo(map);
    } else marker.setLatLng([point.lat, point.lng]);
    if (pan) map.setView([point.lat, point.lng], Math.max(map.getZoom(), POINT_ZOOM - 1));
  }
  setPoint(options.point, false);
  if (interactive) map.on('click', (event: L.LeafletMouseEvent) => pick(event.latlng));

  return {
    setPoint,
    resize: () => map.invalidateSize(),
    destroy: () => map.remove(),
  };
}

export interface MarkersHandle {
  /** Replaces the markers, fitting the map to them (the districts' outlines when none). */
  setPoints(points: Point[]): void;
  resize(): void;
  destroy(): void;
}

/**
 * A still map of several points (the public reports): the configured tiles and one marker each,
 * framed on them. Hidden from assistive technologies by its component: the list beside it is the
 * accessible alternative, so nothing in it is interactive or focusable.
 */
export function createMarkersMap(element: HTMLElement, settings: MapSettings, points: Point[]): MarkersHandle {
  const map = L.map(element, {
    keyboard: false,
    attributionControl: false,
    zoomControl: false,
    dragging: true,
    scrollWheelZoom: false,
    boxZoom: false,
  });
  L.tileLayer(settings.tileUrl, { maxZoom: 19, crossOrigin: false }).addTo(map);
  const icon = L.divIcon({
    className: 'pl-marker',
    html: '<span class="pl-marker__pin"></span>',
    iconSize: [28, 36],
    iconAnchor: [14, 36],
  });
  const layer = L.layerGroup().addTo(map);
  function setPoints(next: Point[]) {
    layer.clearLayers();
    for (const p of next) L.marker([p.lat, p.lng], { icon, keyboard: false, interactive: false }).addTo(layer);
    if (next.length === 1 && next[0]) map.setView([next[0].lat, next[0].lng], POINT_ZOOM - 1);
    else if (next.length > 1)
      map.fitBounds(L.latLngBounds(next.map((p) => [p.lat, p.lng] as [number, number])), { padding: [24, 24], maxZoom: POINT_ZOOM });
    else if (settings.bounds)
      map.fitBounds([
        [settings.bounds.south, settings.bounds.west],
        [settings.bounds.north, settings.bounds.east],
      ]);
    else map.setView([settings.center.lat, settings.center.lng], settings.zoom);
  }
  setPoints(points);
  return { setPoints, resize: () => map.invalidateSize(), destroy: () => map.remove() };
}
