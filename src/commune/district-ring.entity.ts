import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * The rings of a district's shape as PostgreSQL polygons (longitude as x, latitude as y), written
 * with the shape, so `districtAt` finds the district of a point in SQL (`polygon @> point`) without
 * PostGIS: a point is inside when an outer ring of a part contains it and none of that part's holes does.
 */
@Entity('district_rings')
export class DistrictRingEntity {
  @PrimaryColumn('uuid')
  @ForeignKey('districts', { onDelete: 'CASCADE' })
  districtId: string;

  /** Index of the polygon in a MultiPolygon (0 for a Polygon). */
  @PrimaryColumn('smallint') part: number;

  /** Index of the ring in its polygon: 0 is the outer ring, the others are holes. */
  @PrimaryColumn('smallint') ring: number;

  @Index('ix_district_rings_outline', { spatial: true })
  @Column({ type: 'polygon' })
  outline: string;
}
