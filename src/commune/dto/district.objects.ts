import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';

@ObjectType('District', { description: 'A district of the commune, with its outline when known.' })
export class DistrictObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field({ description: 'Its name, as records store it (a rename or merge rewrites them).' }) name: string;
  @Field(() => Int, { description: 'Its place in lists, ascending.' }) position: number;
  @Field({ description: 'True when archived: no longer offered for new records; old records keep it.' }) archived: boolean;
  @Field(() => Date, { nullable: true, description: 'When it was archived.' }) archivedAt: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Its outline as GeoJSON text (a Polygon or MultiPolygon geometry, [longitude, latitude] in WGS 84); null when unknown.',
  })
  shape: string | null;
  @Field({ description: 'When it was added.' }) createdAt: Date;
  @Field({ description: 'Last change of its name, shape or state.' }) updatedAt: Date;
}

@ObjectType('DistrictConnection', { description: 'A page of districts, in their order.' })
export class DistrictConnection extends Connection(DistrictObject, 'District') {}
