import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() email: string;
  @Column({ name: 'first_name', nullable: true }) firstName: string;
  @Column({ name: 'last_name', nullable: true }) lastName: string;
  @Column({ name: 'password_digest', nullable: true }) passwordDigest: string;
  @Column({ name: 'sso_id', nullable: true }) ssoId: string;
  @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
}
