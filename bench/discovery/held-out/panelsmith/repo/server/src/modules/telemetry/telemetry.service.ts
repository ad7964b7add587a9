import { Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import got from 'got';
import { isEnabled } from '../../helpers/env';

const HUB_URL = 'https://hub.panelsmith.dev/api/v1';

@Injectable()
export class TelemetryService implements OnApplicationBootstrap {
  private readonly logger = new Logger(TelemetryService.name);

  async onApplicationBootstrap() {
    if (!isEnabled('CHECK_FOR_UPDATES', true)) return;
    try {
      const res: any = await got
        .post(`${HUB_URL}/version-check`, {
          json: { installed: process.env.npm_package_version, edition: 'ce' },
          timeout: { request: 3000 },
        })
        .json();
      if (res.latest && res.latest !== process.env.npm_package_version) {
        this.logger.log(`Panelsmith ${res.latest} is available`);
      }
    } catch {
      // never block boot on the hub
    }
  }
}

@Module({ providers: [TelemetryService] })
export class TelemetryModule {}
