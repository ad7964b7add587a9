import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { App } from '../../entities/app.entity';
import { loadPlugin } from '@panelsmith/plugins';

interface WorkflowNode {
  id: string;
  kind: string; // data-source kind, e.g. "postgresql", "restapi"
  sourceOptions: Record<string, any>;
  queryOptions: Record<string, any>;
}

@Injectable()
export class WorkflowRunnerService {
  constructor(@InjectRepository(App) private readonly apps: Repository<App>) {}

  /** Executes each node's query against whatever data source the workflow author configured. */
  async run(appId: string, params: Record<string, unknown>) {
    const app = await this.apps.findOneByOrFail({ id: appId, isWorkflow: true });
    const nodes: WorkflowNode[] = app.definition?.nodes ?? [];
    const logs: any[] = [];
    let previous: unknown = params;
    for (const node of nodes) {
      const plugin = await loadPlugin(node.kind);
      const result = await plugin.run(node.sourceOptions, { ...node.queryOptions, input: previous });
      logs.push({ node: node.id, status: result.status });
      previous = result.data;
    }
    return logs;
  }
}
