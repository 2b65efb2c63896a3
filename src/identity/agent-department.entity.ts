import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { DepartmentEntity } from '../commune/department.entity';
import { UserEntity } from './user.entity';

/** Which departments an agent works for (an agent may serve several). */
@Entity('agent_departments')
@Index('ix_agent_departments_department_id', ['departmentId'])
export class AgentDepartmentEntity {
  @PrimaryColumn('uuid') userId: string;

  @PrimaryColumn('uuid') departmentId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id' })
  department: Relation<DepartmentEntity>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
