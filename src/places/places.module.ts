import { Module } from '@nestjs/common';
import { CommuneModule } from '../commune/commune.module';
import { GeocoderController } from './geocoder.controller';
import { GeocoderService } from './geocoder.service';
import { MapSettingsResolver } from './map-settings.resolver';

/** Places on the map: the map's settings (`Commune.map`) and the address search proxy (`/geocoder`). */
@Module({
  imports: [CommuneModule],
  controllers: [GeocoderController],
  providers: [GeocoderService, MapSettingsResolver],
})
export class PlacesModule {}
