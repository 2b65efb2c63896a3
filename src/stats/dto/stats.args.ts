import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class StatsArgs {
  @Field(() => Date, { nullable: true, description: 'Start of the period (inclusive), on submission/publication/opening dates.' })
  @IsOptional()
  @IsDate()
  @Type(() => Date)
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the period (exclusive); after `from`.' })
  @IsOptional()
  @IsDate()
  @Type(() => Date)
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'One of the commune’s districts (active or archived); null: the whole commune.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  district?: string | null;
}
