import { graphql } from '@/generated';
import type { MapSettingsQuery } from '@/generated/graphql';

/** How maps are drawn (tiles, credit, where they open): read once, cached with the commune. */
export const MAP_SETTINGS = graphql(`
  query MapSettings {
    commune {
      map {
        tileUrl
        attribution
        center {
          lat
          lng
        }
        zoom
        bounds {
          south
          west
          north
          east
        }
      }
    }
  }
`);

export type MapSettings = MapSettingsQuery['commune']['map'];
