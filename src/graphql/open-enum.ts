import { registerEnumType } from '@nestjs/graphql';

/**
 * A public GraphQL enum whose values are contributed by the domains that serve them (e.g.
 * `CommentTargetType`: one value per commentable domain). The enum keeps its name for outside
 * clients; its values are added while the application's modules are imported, before the schema
 * is built, so it lists exactly what this server serves. In TypeScript its values are plain strings.
 */
export class OpenEnum {
  /** The object GraphQL reads when it builds the schema: value name → value. */
  readonly values: Record<string, string> = {};
  private readonly valuesMap: Record<string, { description?: string }> = {};

  constructor(name: string, description: string) {
    registerEnumType(this.values, { name, description, valuesMap: this.valuesMap });
  }

  add(value: string, description: string): void {
    if (!/^[A-Z][A-Z0-9_]*$/.test(value)) throw new Error(`enum value ${value} must be UPPER_SNAKE`);
    this.values[value] = value;
    if (description) this.valuesMap[value] = { description };
  }

  has(value: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.values, value);
  }
}
