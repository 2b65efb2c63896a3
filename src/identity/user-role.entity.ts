import { Check, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { UserEntity } from './user.entity';

/** One row per role a user holds (RESIDENT, AGENT, MODERATOR, COUNCIL, ADMIN). */
@Entity('user_roles')
@Check('ck_user_roles_role', `"role" IN ('RESIDENT', 'AGENT', 'MODERATOR', 'COUNCIL', 'ADMIN')`)
export class UserRoleEntity {
  @PrimaryColumn('uuid') userId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 }) role: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
