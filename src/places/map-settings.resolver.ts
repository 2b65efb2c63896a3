import { Inject } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/decorators';
import { CommuneObject } from '../commune/dto/commune-identity.objects';
import { DistrictsService } from '../commune/districts.service';
import { mapCenterOf, type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MapSettingsObject } from './dto/map-settings.object';

/** `Commune.map`: the tiles and where maps open, read by every page that draws a map. */
@Resolver(() => CommuneObject)
export class MapSettingsResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly districts: DistrictsService,
  ) {}

  @Public()
  @ResolveField(() => MapSettingsObject, { description: 'How this site draws maps (tiles, credit, where they open).' })
  async map(): Promise<MapSettingsObject> {
    const { lat, lng, zoom } = mapCenterOf(this.config);
    return {
      tileUrl: this.config.MAP_TILE_URL,
      attribution: this.config.MAP_ATTRIBUTION,
      bounds: await this.districts.extent(),
      center: { lat, lng },
      zoom,
    };
  }
}
