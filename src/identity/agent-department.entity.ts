import { CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { UserEntity } from './user.entity';

/** Which departments an agent works for (an agent may serve several). */
@Entity('agent_departments')
@Index('ix_agent_departments_department_id', ['departmentId'])
export class AgentDepartmentEntity {
  @PrimaryColumn('uuid') userId: string;

  // By table name: the commune domain's entity is not imported (domains refer to each other by id).
  @ForeignKey('departments', { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  departmentId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
