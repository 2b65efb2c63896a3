import { DynamicModule, Inject, MiddlewareConsumer, Module, NestModule, RequestMethod, Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger as Pino } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { AuthGuard } from './auth/auth.guard';
import { CommonModule } from './common/common.module';
import { HttpErrorFilter } from './common/http-error.filter';
import { accessLog, AppLogger, createRootLogger } from './common/logger';
import { AppValidationPipe } from './common/validation.pipe';
import { CommuneModule } from './commune/commune.module';
import { CommuneLogoModule } from './commune-logo/commune-logo.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { CapabilitiesModule } from './common/capability';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { dataSourceOptions } from './database/data-source-options';
import { ProposalsModule } from './proposals/proposals.module';
import { ServiceRequestsModule } from './service-requests/service-requests.module';
import { ConsultationsModule } from './consultations/consultations.module';
import { ForumsModule } from './forums/forums.module';
import { BudgetsModule } from './budgets/budgets.module';
import { graphqlOptions } from './graphql/graphql.setup';
import { PubSubModule } from './graphql/pubsub.module';
import { RedisModule } from './redis/redis.module';
import { HealthModule } from './health/health.module';
import { OpenDataModule } from './open-data/open-data.module';
import { IdentityModule } from './identity/identity.module';
import { MediaModule } from './media/media.module';
import { ModerationModule } from './moderation/moderation.module';
import { Open311Module } from './open311/open311.module';
import { PlacesModule } from './places/places.module';
import { StatsModule } from './stats/stats.module';

export interface AppModuleOptions {
  /** Test hook: sees every SQL query (the tests count them to prove there is no N+1). */
  queryLogger?: TypeOrmLogger;
  /** Test hook: more modules, e.g. a throwaway domain that shows how domains plug in. */
  extraModules?: (Type<unknown> | DynamicModule)[];
  /**
   * Whether this process applies the pending migrations at start (default true). The HTTP workers of
   * a cluster (WEB_CONCURRENCY > 1) are forked after their primary has applied them.
   */
  migrationsRun?: boolean;
}

/** The process's pino logger, for the access log (configured below) and Nest's logger (bootstrap). */
const ROOT_LOGGER = 'ROOT_LOGGER';

/**
 * The whole server. Built from a validated config and a database URL (main.ts starts the embedded
 * PostgreSQL first when DATABASE_URL is unset; the test harness passes a per-file database).
 */
@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig, databaseUrl: string, options: AppModuleOptions = {}): DynamicModule {
    const root = createRootLogger(config);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CommonModule,
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl),
          migrationsRun: options.migrationsRun ?? true,
          extra: { max: config.DATABASE_POOL_SIZE },
          ...(options.queryLogger ? { logger: options.queryLogger, logging: ['query'] } : {}),
        }),
        DatabaseModule.forRoot(databaseUrl),
        RedisModule,
        CapabilitiesModule,
        JobsModule,
        GraphQLModule.forRoot(graphqlOptions(config)),
        PubSubModule,
        HealthModule,
        OpenDataModule,
        CommuneModule,
        MailModule,
        IdentityModule,
        MediaModule,
        ModerationModule,
        ServiceRequestsModule,
        ConsultationsModule,
        ProposalsModule,
        ForumsModule,
        CommuneLogoModule,
        BudgetsModule,
        Open311Module,
        PlacesModule,
        StatsModule,
        DemoModule,
        ...(options.extraModules ?? []),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useClass: AppValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: ROOT_LOGGER, useValue: root },
        { provide: AppLogger, useValue: new AppLogger(root) },
      ],
    };
  }

  constructor(@Inject(ROOT_LOGGER) private readonly root: Pino) {}

  /** The access log on every route (see accessLog). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(accessLog(this.root)).forRoutes({ path: '*', method: RequestMethod.ALL });
  }
}
