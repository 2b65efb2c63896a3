import { Global, Module } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';

/** The publisher behind GraphQL subscriptions. In memory: one server process (see README). */
export const PUB_SUB = 'PUB_SUB';

@Global()
@Module({ providers: [{ provide: PUB_SUB, useValue: new PubSub() }], exports: [PUB_SUB] })
export class PubSubModule {}
