import { Body, Controller, Param, Post } from '@nestjs/common';
import { WorkflowQueueProducer } from './workflow-queue.producer';

@Controller('workflows')
export class WorkflowsController {
  constructor(private readonly producer: WorkflowQueueProducer) {}

  @Post(':appId/trigger')
  trigger(@Param('appId') appId: string, @Body() body: { params?: Record<string, unknown>; notifyEmail?: string }) {
    return this.producer.enqueue(appId, body.params ?? {}, body.notifyEmail);
  }
}
