import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'payments' })
export class Payment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ name: 'order_id' })
  orderId: string;

  @Column({ name: 'provider_ref', nullable: true })
  providerRef: string;

  @Column({ name: 'amount_cents', type: 'int' })
  amountCents: number;

  @Column({ length: 3 })
  currency: string;

  @Column({ default: 'pending' })
  status: 'pending' | 'succeeded' | 'failed' | 'refunded';

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
