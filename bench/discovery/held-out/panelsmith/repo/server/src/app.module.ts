import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServeStaticModule } from '@nestjs/serve-static';
import { join } from 'path';
import { appOrmconfig, panelDbOrmconfig } from '../ormconfig';
import { envValidationSchema } from './config/env.validation';
import { HealthModule } from './modules/health/health.controller';
import { EmailModule } from './modules/email/email.module';
import { PanelDbModule } from './modules/panel-db/panel-db.module';
import { WorkflowsModule } from './modules/workflows/workflows.module';
import { MultiplayerModule } from './modules/multiplayer/multiplayer.module';
import { AuthModule } from './modules/auth/auth.module';
import { DataSourcesModule } from './modules/data-sources/data-sources.module';
import { MarketplaceModule } from './modules/marketplace/plugin-installer.service';
import { TelemetryModule } from './modules/telemetry/telemetry.service';
import { AppsModule } from './modules/apps/apps.module';
import { CopilotModule } from './modules/copilot/copilot.controller';
import { AuditModule } from './modules/audit/audit.service';
import { isEnabled } from './helpers/env';

interface RoleOptions {
  worker: boolean;
}

@Module({})
export class AppModule {
  static register({ worker }: RoleOptions): DynamicModule {
    const shared = [
      ConfigModule.forRoot({ isGlobal: true, validationSchema: envValidationSchema, ignoreEnvFile: true }),
      TypeOrmModule.forRootAsync({ useFactory: () => ({ ...appOrmconfig(), autoLoadEntities: true }) }),
      HealthModule,
      EmailModule,
      WorkflowsModule.register({ worker }),
    ];

    if (worker) {
      // Worker role: no HTTP API surface except /health, no static frontend.
      return { module: AppModule, imports: shared };
    }

    const apiModules = [
      TypeOrmModule.forRootAsync({ name: 'panelDb', useFactory: () => panelDbOrmconfig() }),
      ServeStaticModule.forRoot({
        rootPath: join(__dirname, '../../../frontend/build'),
        exclude: ['/api/(.*)', '/ws'],
        serveStaticOptions: { index: 'index.html', maxAge: '1h' },
      }),
      AuthModule,
      AppsModule,
      PanelDbModule,
      MultiplayerModule,
      DataSourcesModule,
      TelemetryModule,
      AuditModule,
    ];

    if (isEnabled('ENABLE_MARKETPLACE_FEATURE')) apiModules.push(MarketplaceModule);
    if (isEnabled('ENABLE_COPILOT')) apiModules.push(CopilotModule);

    return { module: AppModule, imports: [...shared, ...apiModules] };
  }
}
