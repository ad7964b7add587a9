import { BadRequestException, Injectable } from '@nestjs/common';
import { instanceToPlain } from 'class-transformer';
import _ from 'lodash';
import { defaults } from 'src/config';
import { OnEvent } from 'src/decorators';
import { SystemConfigDto, mapConfig } from 'src/dtos/system-config.dto';
import { LogLevel } from 'src/enum';
import { ArgOf } from 'src/repositories/event.repository';
import { BaseService } from 'src/services/base.service';
import { clearConfigCache } from 'src/utils/config';

@Injectable()
export class SystemConfigService extends BaseService {
  @OnEvent({ name: 'AppBootstrap', priority: 100 } as any)
  async onBootstrap() {
    const config = await this.getConfig({ withCache: false });
    await this.eventRepository.emit('ConfigInit', { newConfig: config });
  }

  async getSystemConfig(): Promise<SystemConfigDto> {
    const config = await this.getConfig({ withCache: false });
    return mapConfig(config);
  }

  getDefaults(): SystemConfigDto {
    return mapConfig(defaults);
  }

  @OnEvent({ name: 'ConfigInit', priority: -100 } as any)
  onConfigInit({ newConfig: { logging, machineLearning } }: ArgOf<'ConfigInit'>) {
    const { logLevel: envLevel } = this.configRepository.getEnv();
    const configLevel = logging.enabled ? logging.level : false;
    const level = envLevel ?? configLevel;
    this.logger.setLogLevel(level as LogLevel);
    this.logger.log(`LogLevel=${level} ${envLevel ? '(set via PHOTOVAULT_LOG_LEVEL)' : '(set via system config)'}`);
    this.machineLearningRepository.setup(machineLearning);
  }

  @OnEvent({ name: 'ConfigUpdate', server: true })
  onConfigUpdateEvent({ newConfig }: ArgOf<'ConfigUpdate'>) {
    this.machineLearningRepository.setup(newConfig.machineLearning);
  }

  async updateSystemConfig(dto: SystemConfigDto): Promise<SystemConfigDto> {
    if (this.configRepository.getEnv().configFile) {
      throw new BadRequestException('Cannot update configuration while PHOTOVAULT_CONFIG_FILE is in use');
    }

    const oldConfig = await this.getConfig({ withCache: false });
    const newConfig = await this.updateConfig(instanceToPlain(dto) as any);
    if (_.isEqual(instanceToPlain(newConfig), oldConfig)) {
      return mapConfig(oldConfig);
    }

    clearConfigCache();
    await this.eventRepository.emit('ConfigUpdate', { newConfig, oldConfig });
    return mapConfig(newConfig);
  }
}
