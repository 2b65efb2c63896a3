import { DefaultNamingStrategy, NamingStrategyInterface, Table } from 'typeorm';

const snake = (s: string) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
const tableName = (t: Table | string) => (typeof t === 'string' ? t : t.name).split('.').pop() as string;

/**
 * snake_case columns, and readable constraint names (`pk_users`, `fk_sessions_user_id`,
 * `uq_users_email`, `ix_sessions_user_id`) instead of TypeORM's hashes, so migrations and
 * database errors can be read (a CONFLICT is mapped from its constraint name).
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName?: string): string {
    return customName ?? snake(className.replace(/Entity$/, ''));
  }
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake(prefixes.concat('').join('_')) + (customName ?? snake(propertyName));
  }
  override relationName(propertyName: string): string {
    return snake(propertyName);
  }
  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }
  override joinTableName(first: string, second: string, firstProperty: string): string {
    return snake(`${first}_${firstProperty.replace(/\./g, '_')}_${second}`);
  }
  override joinTableColumnName(table: string, propertyName: string, columnName?: string): string {
    return snake(`${table}_${columnName ?? propertyName}`);
  }
  override primaryKeyName(table: Table | string): string {
    return `pk_${tableName(table)}`;
  }
  override foreignKeyName(table: Table | string, columns: string[]): string {
    return `fk_${tableName(table)}_${columns.join('_')}`;
  }
  override uniqueConstraintName(table: Table | string, columns: string[]): string {
    return `uq_${tableName(table)}_${columns.join('_')}`;
  }
  override relationConstraintName(table: Table | string, columns: string[]): string {
    return `rel_${tableName(table)}_${columns.join('_')}`;
  }
  override indexName(table: Table | string, columns: string[]): string {
    return `ix_${tableName(table)}_${columns.join('_')}`;
  }
  override checkConstraintName(table: Table | string, expression: string): string {
    return super.checkConstraintName(table, expression).replace(/^CHK_/, 'ck_');
  }
}
