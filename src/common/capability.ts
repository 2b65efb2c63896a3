import { Global, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';

/**
 * How a domain says what its records can do, without the generic domain that serves the
 * capability knowing it exists. The generic domain (comments, notifications, media, identity's
 * data export, the demo seed…) defines a `Capability<T>` with the interface `T` it needs; each
 * domain decorates one of its own providers with `capability.provider(key)`, in its own folder.
 * At start the registry finds every decorated provider through Nest's discovery (the pattern the
 * demo-seed steps used first), so the generic domain keeps no list of the others and a new domain
 * plugs in by being imported into the application.
 *
 * `key` names what the provider serves: a target type (`PROPOSAL`) for commentable, followable and
 * photographable records, a section name for personal data, an ordering for demo-seed steps. A key
 * registered twice stops the server at start.
 */
export class Capability<T> {
  private static readonly all: Capability<unknown>[] = [];
  /** Per-class metadata: the keys this class serves for this capability. */
  private readonly metadataKey: symbol;

  /**
   * @param name what it is, for error messages ("comment target").
   * @param onDeclare called once per declared key, when the decorated class is defined (that is, at
   *   import time, before the GraphQL schema is built): the generic domain uses it to add the key to
   *   its public enum (e.g. `CommentTargetType`), so the enum lists exactly what is served.
   */
  constructor(
    readonly name: string,
    private readonly onDeclare?: (key: string, description: string) => void,
  ) {
    this.metadataKey = Symbol(name);
    Capability.all.push(this as Capability<unknown>);
  }

  /**
   * Class decorator: this provider implements `T` for `key` (the compiler checks the class does). The class must be a provider of a
   * module the application imports. `description` documents the key where the generic domain
   * shows it (an enum value's description in the public schema).
   */
  provider(key: string, description = ''): <C extends abstract new (...args: any[]) => T>(target: C) => void {
    return (target) => {
      const keys: string[] = Reflect.getOwnMetadata(this.metadataKey, target) ?? [];
      Reflect.defineMetadata(this.metadataKey, [...keys, key], target);
      this.onDeclare?.(key, description);
    };
  }

  /** The keys a class was declared for (empty when it was not decorated with this capability). */
  keysOf(type: object): string[] {
    return Reflect.getOwnMetadata(this.metadataKey, type) ?? [];
  }

  static declared(): readonly Capability<unknown>[] {
    return Capability.all;
  }
}

/**
 * The providers that implement each capability, found once the application has started. Lookups
 * before that (there are none: modules only ask while serving requests or on bootstrap) fail loudly.
 */
@Injectable()
export class Capabilities implements OnApplicationBootstrap {
  private readonly found = new Map<Capability<unknown>, Map<string, unknown>>();
  private scanned = false;

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    this.scan();
  }

  /** The provider serving `key`, or undefined when no domain does (callers answer NOT_FOUND). */
  get<T>(capability: Capability<T>, key: string): T | undefined {
    return this.of(capability).get(key) as T | undefined;
  }

  /** Every key served, with its provider, in key order (stable whatever the import order). */
  all<T>(capability: Capability<T>): { key: string; provider: T }[] {
    return [...this.of(capability)]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, provider]) => ({ key, provider: provider as T }));
  }

  /** The keys served, sorted: what a generic domain may store in its type columns. */
  keys(capability: Capability<unknown>): string[] {
    return [...this.of(capability).keys()].sort();
  }

  private of(capability: Capability<unknown>): Map<string, unknown> {
    this.scan();
    return this.found.get(capability) ?? new Map();
  }

  private scan(): void {
    if (this.scanned) return;
    this.scanned = true;
    for (const wrapper of this.discovery.getProviders()) {
      const { metatype, instance } = wrapper;
      if (!metatype || !instance || typeof metatype !== 'function') continue;
      for (const capability of Capability.declared()) {
        for (const key of capability.keysOf(metatype)) {
          const byKey = this.found.get(capability) ?? new Map<string, unknown>();
          const existing = byKey.get(key);
          // The same class may be listed by two modules (a provider re-declared): one instance is enough.
          if (existing && existing !== instance && existing.constructor !== metatype) {
            throw new Error(`${capability.name} ${key} is registered twice (${existing.constructor.name}, ${metatype.name})`);
          }
          byKey.set(key, instance);
          this.found.set(capability, byKey);
        }
      }
    }
  }
}

/** Global: every generic domain injects `Capabilities` without importing a module for it. */
@Global()
@Module({ imports: [DiscoveryModule], providers: [Capabilities], exports: [Capabilities] })
export class CapabilitiesModule {}
