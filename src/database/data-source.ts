// The data source the TypeORM CLI uses (`npm run migration:generate|run|revert`).
// It reads DATABASE_URL like the server; without it, the embedded database's default address.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigFromEnv } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { embeddedDatabaseUrl } from './embedded-postgres';

const config = loadConfigFromEnv();
export default new DataSource(dataSourceOptions(config.DATABASE_URL ?? embeddedDatabaseUrl(config)));
