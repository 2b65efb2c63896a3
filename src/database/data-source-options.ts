import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './naming.strategy';

const root = join(__dirname, '..', '..');

/**
 * The one description of how Parvis talks to PostgreSQL, shared by the server, the migration CLI
 * and the test harness. Entities are found by file name so each domain owns its own; migrations
 * are the only way the schema changes (`synchronize` stays off).
 */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  const ext = __filename.endsWith('.ts') ? 'ts' : 'js';
  return {
    type: 'postgres',
    url,
    entities: [join(root, 'src', '**', `*.entity.${ext}`)],
    migrations: [join(root, 'migrations', `*.${ext}`)],
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    extra: { max: 10 },
    ...extra,
  } as DataSourceOptions;
}
