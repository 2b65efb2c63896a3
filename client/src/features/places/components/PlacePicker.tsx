import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '@/i18n';
import { Button, Cluster, VisuallyHidden } from '@/ui';
import { reverseGeocode, round6, type Place, type Point } from '../geocoder';
import { useMapSettings } from '../hooks/useMapSettings';
import { AddressCombobox } from './AddressCombobox';
import { MapAttribution } from './MapAttribution';
import { MapCanvas } from './MapCanvas';
import '../places.css';

type Source = 'map' | 'address' | 'position' | 'photo';
type GeoState = 'idle' | 'locating' | 'failed' | 'unavailable';

export interface PlacePickerProps {
  initialPoint?: Point | null | undefined;
  initialAddress?: string | null | undefined;
  /** Told each time the point changes (set, moved or removed). */
  onPointChange?: (point: Point | null) => void;
  /** The address field as the form names it (`form.field('input.address')`); no name: a search field only. */
  addressField?: { name?: string; id?: string; error?: string | undefined };
  addressLabel?: string;
  addressHint?: string;
  /** Hidden inputs carrying the point, for forms read with FormData (`input.location.lat`…). */
  pointNames?: { lat: string; lng: string };
  /** Where a photo the resident chose says it was taken (`usePhotoPlace`): offered, used only on their click. */
  photoPoint?: Point | null;
  /** The offer was answered (used or declined): the caller forgets the photo's point. */
  onPhotoHandled?: () => void;
}

/**
 * Choosing a place: the address field with suggestions, « Utiliser ma position », a photo's
 * position when it has one (with consent), and the map, where a tap sets the point and the marker
 * can be dragged. The point and the address fill each other (a chosen address moves the point;
 * a point set otherwise fills the nearest address). The map is for pointers only and hidden from
 * assistive technologies: everything it does, the address field does by keyboard, and the point
 * is said in words under it, where focus goes after every action that is not typing.
 */
export function PlacePicker({
  initialPoint = null,
  initialAddress = '',
  onPointChange,
  addressField = {},
  addressLabel,
  addressHint,
  pointNames,
  photoPoint = null,
  onPhotoHandled,
}: PlacePickerProps) {
  const { t, formatNumber } = useI18n();
  const settings = useMapSettings();
  const [point, setPoint] = useState<Point | null>(initialPoint);
  const [address, setAddress] = useState(initialAddress ?? '');
  const [source, setSource] = useState<Source | null>(null);
  /** The address found for the point (reverse geocoding), or the one chosen. */
  const [pointAddress, setPointAddress] = useState<string | null>(null);
  const [geo, setGeo] = useState<GeoState>('idle');
  const [announcement, setAnnouncement] = useState('');
  const summaryRef = useRef<HTMLParagraphElement>(null);
  /** Whether the address field holds the resident's own words (kept: a point found later does not overwrite them). */
  const typedAddress = useRef(Boolean(initialAddress));
  /** Counts the points set, so a late address answer for an older point is dropped. */
  const generation = useRef(0);

  const coords = (p: Point) => ({
    lat: formatNumber(p.lat, { maximumFractionDigits: 6 }),
    lng: formatNumber(p.lng, { maximumFractionDigits: 6 }),
  });

  function summary(): string {
    if (!point) return t('places.noPoint');
    const withAddress = pointAddress !== null;
    switch (source) {
      case 'address':
        return t('places.pointFromAddress', { address: pointAddress ?? '' });
      case 'position':
        return withAddress
          ? t('places.pointFromPosition', { address: pointAddress })
          : t('places.pointFromPositionNoAddress', coords(point));
      case 'photo':
        return withAddress ? t('places.pointFromPhoto', { address: pointAddress }) : t('places.pointFromPhotoNoAddress', coords(point));
      case 'map':
      case null:
        return withAddress ? t('places.pointChosen', { address: pointAddress }) : t('places.pointChosenNoAddress', coords(point));
    }
  }

  function place(next: Point | null, from: Source | null) {
    generation.current += 1;
    const rounded = next && { lat: round6(next.lat), lng: round6(next.lng) };
    setPoint(rounded);
    setSource(from);
    setPointAddress(null);
    onPointChange?.(rounded);
    return generation.current;
  }

  /** A point set without an address (map, position, photo): the nearest address fills the field. */
  function placeAndFindAddress(next: Point, from: Source) {
    const mine = place(next, from);
    reverseGeocode(next).then(
      (found) => {
        if (mine !== generation.current || !found) return;
        setPointAddress(found.label);
        if (!typedAddress.current) setAddress(found.label);
      },
      () => undefined, // no address: the point stands alone, said in coordinates
    );
  }

  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  function onMapPick(p: Point) {
    setAnnouncement('');
    placeAndFindAddress(p, 'map');
    focusSummary();
  }

  function onAddressChosen(found: Place) {
    typedAddress.current = false;
    place(found, 'address');
    setPointAddress(found.label);
    setAnnouncement(t('places.pointFromAddress', { address: found.label }));
  }

  function locate() {
    if (geo === 'locating') return;
    setAnnouncement('');
    if (!('geolocation' in navigator)) {
      setGeo('unavailable');
      return;
    }
    setGeo('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setGeo('idle');
        placeAndFindAddress({ lat: position.coords.latitude, lng: position.coords.longitude }, 'position');
        focusSummary();
      },
      () => setGeo('failed'),
      // A fresh fix: the resident may have walked since the last one.
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 0 },
    );
  }

  function usePhoto() {
    if (!photoPoint) return;
    setAnnouncement('');
    placeAndFindAddress(photoPoint, 'photo');
    onPhotoHandled?.();
    focusSummary();
  }

  function declinePhoto() {
    onPhotoHandled?.();
    focusSummary();
  }

  function clear() {
    place(null, null);
    setAnnouncement(t('places.pointCleared'));
    focusSummary();
  }

  // The point's inputs are kept in the form's draft (`data-draft="keep"`, features/drafts): when the
  // point changes, tell the draft (a bubbling change); when a draft puts values back in them (as a
  // person types: a change event), take the point from them. A layout effect, so the listener is
  // there before the form's draft fills its fields (the form's ref runs after its children's).
  const pointBox = useRef<HTMLSpanElement>(null);
  const latestPoint = useRef(point);
  const fromDraft = useRef<(p: Point) => void>(() => undefined);
  fromDraft.current = (p: Point) => placeAndFindAddress(p, 'map');
  useLayoutEffect(() => {
    const box = pointBox.current;
    if (!box) return;
    const onChange = () => {
      const [lat, lng] = Array.from(box.querySelectorAll('input'), (input) => Number.parseFloat(input.value));
      const current = latestPoint.current;
      if (lat === undefined || lng === undefined || !Number.isFinite(lat) || !Number.isFinite(lng)) return;
      if (current && current.lat === lat && current.lng === lng) return;
      fromDraft.current({ lat, lng });
    };
    box.addEventListener('change', onChange);
    return () => box.removeEventListener('change', onChange);
  }, []);
  const lat = point?.lat;
  const lng = point?.lng;
  useEffect(() => {
    latestPoint.current = lat === undefined || lng === undefined ? null : { lat, lng };
    pointBox.current?.querySelector('input')?.dispatchEvent(new Event('change', { bubbles: true }));
  }, [lat, lng]);

  // A photo offer that appears is announced by its own live region (below); nothing else to do.
  const offer = photoPoint !== null;
  useEffect(() => {
    if (offer) setAnnouncement('');
  }, [offer]);

  return (
    <div className="pl-picker">
      <AddressCombobox
        label={addressLabel ?? t('places.address')}
        hint={addressHint ?? (addressField.name ? t('places.addressHint') : t('places.addressSearchHint'))}
        name={addressField.name}
        id={addressField.id}
        error={addressField.error}
        value={address}
        onValueChange={(value) => {
          typedAddress.current = value.trim() !== '';
          setAddress(value);
        }}
        near={point ?? (settings ? settings.center : null)}
        onChoose={onAddressChosen}
      />
      <div role="status" className="pl-offer">
        {offer && (
          <>
            <p>{t('places.photoOffer')}</p>
            <Cluster>
              <Button variant="secondary" size="small" onClick={usePhoto}>
                {t('places.photoUse')}
              </Button>
              <Button variant="ghost" size="small" onClick={declinePhoto}>
                {t('places.photoDismiss')}
              </Button>
            </Cluster>
          </>
        )}
      </div>
      <Cluster>
        {/* Never disabled while locating: the button keeps the focus, its text says what happens. */}
        <Button variant="secondary" onClick={locate}>
          {geo === 'locating' ? t('places.locating') : t('places.useMyPosition')}
        </Button>
        {point && (
          <Button variant="ghost" onClick={clear}>
            {t('places.clearPoint')}
          </Button>
        )}
      </Cluster>
      <div role="status">
        {geo === 'locating' && <VisuallyHidden>{t('places.locating')}</VisuallyHidden>}
        {geo === 'failed' && <p>{t('places.positionFailed')}</p>}
        {geo === 'unavailable' && <p>{t('places.positionUnavailable')}</p>}
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </div>
      <p className="p-muted">{t('places.mapHint')}</p>
      {settings ? <MapCanvas settings={settings} point={point} onPick={onMapPick} /> : <div className="pl-map" aria-hidden="true" />}
      <p className="pl-summary" ref={summaryRef} tabIndex={-1}>
        {summary()}
      </p>
      {settings && <MapAttribution settings={settings} />}
      {pointNames && (
        <span ref={pointBox}>
          <input type="hidden" name={pointNames.lat} value={point ? String(point.lat) : ''} data-draft="keep" />
          <input type="hidden" name={pointNames.lng} value={point ? String(point.lng) : ''} data-draft="keep" />
        </span>
      )}
    </div>
  );
}
