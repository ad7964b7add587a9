import { Injectable } from '@nestjs/common';
import { OnEvent } from 'src/decorators';
import { AuthDto } from 'src/dtos/auth.dto';
import { MapMarkerDto, MapMarkerResponseDto, MapReverseGeocodeDto } from 'src/dtos/map.dto';
import { PhotoVaultWorker } from 'src/enum';
import { BaseService } from 'src/services/base.service';

@Injectable()
export class MapService extends BaseService {
  // the geodata (GeoNames cities500 + Natural Earth) ships in the image under /build/geodata;
  // the microservices worker imports it into postgres once per image version
  @OnEvent({ name: 'AppBootstrap', workers: [PhotoVaultWorker.Microservices] })
  async onBootstrap() {
    const { reverseGeocoding } = await this.getConfig({ withCache: false });
    if (!reverseGeocoding.enabled) {
      return;
    }
    await this.mapRepository.init();
  }

  async getMapMarkers(auth: AuthDto, options: MapMarkerDto): Promise<MapMarkerResponseDto[]> {
    const userIds = [auth.user.id];
    return this.mapRepository.getMapMarkers(userIds, [], options);
  }

  async getMapStyle(theme: 'light' | 'dark') {
    const { map } = await this.getConfig({ withCache: false });
    // the browser fetches the style JSON and tiles itself
    return { url: theme === 'dark' ? map.darkStyle : map.lightStyle };
  }

  async reverseGeocode(dto: MapReverseGeocodeDto) {
    const { lat: latitude, lon: longitude } = dto;
    const result = await this.mapRepository.reverseGeocode({ latitude, longitude });
    return result ? [result] : [];
  }
}
