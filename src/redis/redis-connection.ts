import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis, { RedisOptions } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** How long a command may wait for Redis before it fails (a sign-in then counts in memory, a publish is retried). */
const COMMAND_TIMEOUT_MS = 2000;

/**
 * The Redis shared by every instance when REDIS_URL is set (null `client` otherwise): the pub/sub
 * transport of live updates and the store of rate limits. Connected at start, so a wrong URL stops
 * the server with one line; afterwards ioredis reconnects by itself, and what needs Redis degrades
 * rather than hangs (commands fail at once while it is away: see RateLimits and RedisPubSub).
 * Every key and channel starts with REDIS_KEY_PREFIX.
 */
@Injectable()
export class RedisConnection implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  /** Commands (rate limits, PUBLISH); null without REDIS_URL. */
  readonly client: Redis | null;
  readonly prefix: string;
  private readonly connections: Redis[] = [];
  private readonly options: RedisOptions;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.prefix = config.REDIS_KEY_PREFIX;
    this.options = {
      lazyConnect: true,
      connectionName: `parvis:${config.INSTANCE_ID ?? 'server'}`,
      // Fail at once while disconnected instead of queueing: callers have a fallback or a retry.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: COMMAND_TIMEOUT_MS,
      // Reconnect every 0.1 s, backing off to 2 s, for ever: Redis coming back is the normal end of an outage.
      retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
    };
    this.client = config.REDIS_URL ? this.connection('commands', this.options) : null;
  }

  /**
   * A connection of its own for pub/sub: a subscribed connection can run no other command. While
   * Redis is away a new SUBSCRIBE fails after one reconnection attempt (that subscription is
   * refused; clients retry), and once Redis is back the channels it had are subscribed again (ioredis).
   */
  subscriber(): Redis {
    if (!this.config.REDIS_URL) throw new Error('REDIS_URL is not set');
    return this.connection('subscriber', { ...this.options, enableOfflineQueue: true, commandTimeout: undefined });
  }

  async onModuleInit(): Promise<void> {
    await Promise.all(this.connections.map((c) => this.connect(c)));
  }

  /** Connects one connection now (at start, or when made later), with a one-line error naming the host. */
  async connect(connection: Redis): Promise<void> {
    if (connection.status !== 'wait') return;
    try {
      await connection.connect();
    } catch (error) {
      connection.disconnect();
      const { host, port } = connection.options;
      throw new Error(`Redis at ${host}:${port} (REDIS_URL) did not answer: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.connections.map((c) => (c.status === 'end' ? undefined : c.quit().then(undefined, () => c.disconnect()))));
  }

  private connection(role: string, options: RedisOptions): Redis {
    const connection = new Redis(this.config.REDIS_URL as string, options);
    // One line when the connection is lost and one when it is back, not one per reconnection
    // attempt; before it was ever up, connect() reports the failure (at start).
    let up = false;
    let lost = false;
    connection.on('error', (error: Error) => {
      if (!up || lost) return;
      lost = true;
      this.logger.warn({ err: error, role }, `Redis connection lost (${role}): reconnecting`);
    });
    connection.on('ready', () => {
      up = true;
      if (!lost) return;
      lost = false;
      this.logger.log({ role }, `Redis connection back (${role})`);
    });
    this.connections.push(connection);
    return connection;
  }
}
