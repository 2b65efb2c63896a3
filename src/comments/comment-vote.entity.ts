import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { CommentEntity } from './comment.entity';

/** One vote per user per comment (the primary key enforces it); +1 or -1, changeable. */
@Entity('comment_votes')
@Check('ck_comment_votes_value', `"value" IN (-1, 1)`)
export class CommentVoteEntity {
  @PrimaryColumn('uuid') commentId: string;

  @Index('ix_comment_votes_user_id')
  @PrimaryColumn('uuid')
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  userId: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment: Relation<CommentEntity>;

  @Column({ type: 'smallint' }) value: number;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
