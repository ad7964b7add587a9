import { Column, CreateDateColumn, Entity, ManyToOne, JoinColumn, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

@Entity('apps')
export class App {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column({ nullable: true }) slug: string;
  @Column({ type: 'jsonb', default: {} }) definition: Record<string, any>;
  @Column({ name: 'is_workflow', default: false }) isWorkflow: boolean;
  @ManyToOne(() => User) @JoinColumn({ name: 'owner_id' }) owner: User;
  @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
}
