import { DynamicModule, Global, Module } from '@nestjs/common';
import { TransactionRunner } from './transaction';

/** The database URL the server runs on (the embedded one's when DATABASE_URL is unset). */
export const DATABASE_URL = 'DATABASE_URL';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [TransactionRunner, { provide: DATABASE_URL, useValue: databaseUrl }],
      exports: [TransactionRunner, DATABASE_URL],
    };
  }
}
