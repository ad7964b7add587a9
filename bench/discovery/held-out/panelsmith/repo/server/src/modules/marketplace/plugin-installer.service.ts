import { Injectable, Logger, Module } from '@nestjs/common';
import got from 'got';
import * as fs from 'fs/promises';
import * as path from 'path';

const PLUGIN_CDN = process.env.MARKETPLACE_CDN_URL || 'https://panelsmith-marketplace.s3.us-east-2.amazonaws.com';

/** Only loaded when ENABLE_MARKETPLACE_FEATURE=true (see AppModule). */
@Injectable()
export class PluginInstallerService {
  private readonly logger = new Logger(PluginInstallerService.name);

  async install(pluginId: string, version: string) {
    const base = `${PLUGIN_CDN}/marketplace-assets/${pluginId}/${version}`;
    const [index, manifest] = await Promise.all([
      got(`${base}/dist/index.js`).text(),
      got(`${base}/lib/manifest.json`).json(),
    ]);
    const dir = path.join(process.cwd(), 'marketplace-plugins', pluginId);
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'index.js'), index);
    await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    this.logger.log(`installed ${pluginId}@${version}`);
  }
}

@Module({ providers: [PluginInstallerService], exports: [PluginInstallerService] })
export class MarketplaceModule {}
