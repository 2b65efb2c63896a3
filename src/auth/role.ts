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
  valuesMap: {
    RESIDENT: { description: 'Proposes, supports, comments, files and follows service requests (every account).' },
    AGENT: { description: 'Handles the service requests of their own department(s).' },
    MODERATOR: { description: 'Works the moderation queue: hides and restores content, locks topics, suspends accounts.' },
    COUNCIL: { description: 'Answers proposals officially, publishes their progress, runs consultations and forums.' },
    ADMIN: { description: 'Everything, including departments, the service catalogue, users and roles.' },
  },
});
