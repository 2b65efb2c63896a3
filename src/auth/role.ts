import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  RESIDENT = 'RESIDENT',
  AGENT = 'AGENT',
  MODERATOR = 'MODERATOR',
  COUNCIL = 'COUNCIL',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do. A user has one or more; ADMIN may do everything.',
});
