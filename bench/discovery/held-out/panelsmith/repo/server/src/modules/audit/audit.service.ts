import { Injectable, Logger, Module } from '@nestjs/common';
// import { Client as EsClient } from '@elastic/elasticsearch';

export interface AuditEvent {
  userId: string;
  action: string;
  resourceType: string;
  resourceId: string;
  metadata?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');
  // private readonly es = new EsClient({ node: process.env.AUDIT_ES_URL || 'http://elasticsearch:9200' });

  async record(event: AuditEvent) {
    this.logger.log(JSON.stringify({ ...event, at: new Date().toISOString() }));
    // TODO(enterprise): ship to the audit index once the EE module lands
    // await this.es.index({ index: 'panelsmith-audit', document: event });
  }
}

@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
