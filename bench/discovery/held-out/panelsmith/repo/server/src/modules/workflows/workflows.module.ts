import { DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { TypeOrmModule } from '@nestjs/typeorm';
import { redisConnection, WORKFLOW_QUEUE } from '../../config/redis.config';
import { App } from '../../entities/app.entity';
import { WorkflowExecution } from '../../entities/workflow-execution.entity';
import { WorkflowQueueProducer } from './workflow-queue.producer';
import { WorkflowProcessor } from './workflow.processor';
import { WorkflowsController } from './workflows.controller';
import { WorkflowRunnerService } from './workflow-runner.service';

@Module({})
export class WorkflowsModule {
  /**
   * The same image runs in two roles. With PANELSMITH_WORKER=true only the BullMQ
   * processor is registered; otherwise only the HTTP controller + producer.
   */
  static register({ worker }: { worker: boolean }): DynamicModule {
    const common = [
      BullModule.forRoot({ connection: redisConnection(), prefix: 'panelsmith' }),
      BullModule.registerQueue({ name: WORKFLOW_QUEUE }),
      TypeOrmModule.forFeature([App, WorkflowExecution]),
    ];
    return worker
      ? { module: WorkflowsModule, imports: common, providers: [WorkflowProcessor, WorkflowRunnerService] }
      : {
          module: WorkflowsModule,
          imports: common,
          controllers: [WorkflowsController],
          providers: [WorkflowQueueProducer],
          exports: [WorkflowQueueProducer],
        };
  }
}
