import { useQuery } from '@apollo/client/react';
import { MAP_SETTINGS, type MapSettings } from '../graphql/places.graphql';

/** The map's settings (null while loading, or when the server cannot be reached: no map then). */
export function useMapSettings(): MapSettings | null {
  const { data } = useQuery(MAP_SETTINGS);
  return data?.commune.map ?? null;
}
