import { Column, Entity, ManyToOne, JoinColumn, PrimaryGeneratedColumn } from 'typeorm';
import { App } from './app.entity';

export type ExecutionStatus = 'queued' | 'running' | 'succeeded' | 'failed';

@Entity('workflow_executions')
export class WorkflowExecution {
  @PrimaryGeneratedColumn('uuid') id: string;
  @ManyToOne(() => App, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'app_id' }) app: App;
  @Column({ name: 'app_id' }) appId: string;
  @Column({ default: 'queued' }) status: ExecutionStatus;
  @Column({ type: 'jsonb', default: [] }) logs: any[];
  @Column({ name: 'started_at', nullable: true }) startedAt: Date;
  @Column({ name: 'finished_at', nullable: true }) finishedAt: Date;
}
