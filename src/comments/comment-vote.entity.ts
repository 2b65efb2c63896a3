import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { CommentEntity } from './comment.entity';

/** One vote per user per comment (the primary key enforces it); +1 or -1, changeable. */
@Entity('comment_votes')
@Check('ck_comment_votes_value', `"value" IN (-1, 1)`)
export class CommentVoteEntity {
  @PrimaryColumn('uuid') commentId: string;

  @Index('ix_comment_votes_user_id')
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment: Relation<CommentEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ type: 'smallint' }) value: number;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
