import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/decorators';
import { StatsArgs } from './dto/stats.args';
import { PublicStatsObject } from './dto/stats.object';
import { StatsService } from './stats.service';

@Resolver(() => PublicStatsObject)
export class StatsResolver {
  constructor(private readonly statsService: StatsService) {}

  @Public()
  @Query(() => PublicStatsObject, {
    name: 'stats',
    description:
      'The public dashboard over a period of submission (from inclusive, to exclusive) and a district; with requestsByMonth, the “bilan de mandat” series. Definitions in the field descriptions.',
  })
  stats(@Args() args: StatsArgs) {
    return this.statsService.stats({ from: args.from ?? null, to: args.to ?? null, district: args.district ?? null });
  }
}
