import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MapPoint', { description: 'A point on the map (WGS 84 degrees).' })
export class MapPointObject {
  @Field(() => Float, { description: 'Latitude, -90 to 90.' }) lat: number;
  @Field(() => Float, { description: 'Longitude, -180 to 180.' }) lng: number;
}

@ObjectType('MapBounds', { description: 'A box on the map: its south-west and north-east corners, in degrees.' })
export class MapBoundsObject {
  @Field(() => Float, { description: 'Southernmost latitude.' }) south: number;
  @Field(() => Float, { description: 'Westernmost longitude.' }) west: number;
  @Field(() => Float, { description: 'Northernmost latitude.' }) north: number;
  @Field(() => Float, { description: 'Easternmost longitude.' }) east: number;
}

@ObjectType('MapSettings', {
  description:
    'How this site draws maps: the tile server (a Leaflet URL template) and its credit, and where maps open. Addresses are looked up through `GET /geocoder/search` and `GET /geocoder/reverse` on this server.',
})
export class MapSettingsObject {
  @Field({ description: 'Tile URL template: `{s}` a subdomain (a, b or c), `{z}/{x}/{y}` the tile (MAP_TILE_URL).' })
  tileUrl: string;
  @Field({ description: 'The credit the tiles require, plain text, shown under every map (MAP_ATTRIBUTION).' })
  attribution: string;
  @Field(() => MapBoundsObject, {
    nullable: true,
    description: 'The box holding the commune’s districts’ outlines, where maps open; null when no district has one.',
  })
  bounds: MapBoundsObject | null;
  @Field(() => MapPointObject, { description: 'Where maps open without outlines (MAP_CENTER).' })
  center: MapPointObject;
  @Field(() => Int, { description: 'The zoom level that goes with `center` (0 the world, 19 a building).' })
  zoom: number;
}
