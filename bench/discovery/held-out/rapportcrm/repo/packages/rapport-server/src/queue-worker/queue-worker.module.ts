import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CoreEngineModule } from 'src/engine/core-modules/core-engine.module';
import { MessageQueueModule } from 'src/engine/core-modules/message-queue/message-queue.module';
import { typeORMCoreModuleOptions } from 'src/database/typeorm/core/core.datasource';
import { JobsModule } from 'src/engine/core-modules/message-queue/jobs.module';
import { RapportORMModule } from 'src/engine/rapport-orm/rapport-orm.module';

@Module({
  imports: [
    TypeOrmModule.forRoot(typeORMCoreModuleOptions),
    CoreEngineModule,
    MessageQueueModule.registerExplorer(),
    RapportORMModule,
    JobsModule,
  ],
})
export class QueueWorkerModule {}
