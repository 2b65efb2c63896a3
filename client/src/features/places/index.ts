/** What other features use from places: choosing a place, showing one, and a photo's position. */
export { PlacePicker, type PlacePickerProps } from './components/PlacePicker';
export { PlaceMap } from './components/PlaceMap';
export { MarkersMap } from './components/MarkersMap';
export { usePhotoPlace } from './hooks/usePhotoPlace';
export type { Point } from './geocoder';
