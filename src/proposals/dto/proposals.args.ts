import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../../graphql/pagination';
import { ProposalFilter, ProposalOrder } from './proposal.inputs';

@ArgsType()
export class ProposalsArgs extends ConnectionArgs {
  @Field(() => ProposalFilter, { nullable: true, description: 'Which proposals (public ones by default).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalFilter)
  filter?: ProposalFilter;

  @Field(() => ProposalOrder, { nullable: true, description: 'Default: newest first.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalOrder)
  orderBy?: ProposalOrder;
}

@ArgsType()
export class ProposalIdArgs {
  @Field(() => ID, { description: 'The proposal.' }) @IsString() @MaxLength(100) id: string;
}

@ArgsType()
export class SimilarProposalsArgs {
  @Field({ description: 'The title being written.' })
  @IsString()
  @MaxLength(200)
  title: string;

  @Field(() => String, { nullable: true, description: 'The description being written.' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  body?: string | null;

  @Field(() => Int, { defaultValue: 5, description: 'How many, 1 to 20.' })
  @IsInt()
  @Min(1)
  @Max(20)
  first = 5;
}
