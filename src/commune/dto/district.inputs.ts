import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';
import { ConnectionArgs } from '../../graphql/pagination';
import { MAX_SHAPE_TEXT } from '../district-shape';

const SHAPE_DESCRIPTION =
  'Its outline as GeoJSON text: a Polygon or MultiPolygon geometry (or a Feature holding one), positions [longitude, latitude] in WGS 84, ' +
  'each ring closed; at most 20,000 positions.';

@InputType({ description: 'A new district.' })
export class CreateDistrictInput {
  @Field({ description: 'Its name, 1 to 80 characters, unique whatever the case.' }) @IsString() @MaxLength(200) name: string;

  @Field(() => String, { nullable: true, description: `${SHAPE_DESCRIPTION} Optional.` })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SHAPE_TEXT)
  shape?: string | null;
}

@InputType({ description: 'Changes to a district: only the fields given.' })
export class UpdateDistrictInput {
  @Field(() => String, { nullable: true, description: 'A new name: records holding the old one take it in the same transaction.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: `${SHAPE_DESCRIPTION} null removes the outline.` })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SHAPE_TEXT)
  shape?: string | null;
}

@ArgsType()
export class DistrictListArgs extends ConnectionArgs {
  @Field({ defaultValue: false, description: 'Also list archived districts, in their place (default false).' })
  @IsBoolean()
  includeArchived: boolean = false;
}

@ArgsType()
export class DistrictAtArgs {
  @Field(() => Float, { description: 'Latitude in degrees (WGS 84), -90 to 90.' }) @IsNumber() latitude: number;
  @Field(() => Float, { description: 'Longitude in degrees (WGS 84), -180 to 180.' }) @IsNumber() longitude: number;
}

@ArgsType()
export class DistrictIdArgs {
  @Field(() => ID, { description: 'The district.' }) @IsString() @MaxLength(100) id: string;
}

@ArgsType()
export class MergeDistrictArgs extends DistrictIdArgs {
  @Field(() => ID, { description: 'The district that takes its records (active, not the same).' })
  @IsString()
  @MaxLength(100)
  intoId: string;
}
