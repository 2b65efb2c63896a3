import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { AuthGuard } from './auth/auth.guard';
import { CommonModule } from './common/common.module';
import { HttpErrorFilter } from './common/http-error.filter';
import { logTransport } from './common/log-transport';
import { loggedUrl } from './common/log-url';
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
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The whole server. Built from a validated config and a database URL (main.ts starts the embedded
 * PostgreSQL first when DATABASE_URL is unset; the test harness passes a per-file database).
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CommonModule,
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            transport: logTransport(config.NODE_ENV, process.stdout.isTTY),
            genReqId: (req, res) => {
              const given = req.headers['x-request-id'];
              const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
              res.setHeader('X-Request-Id', id);
              return id;
            },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            serializers: {
              req: (req) => ({ id: req.id, method: req.method, url: loggedUrl(String(req.url)) }),
              res: (res) => ({ statusCode: res.statusCode }),
            },
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl),
          migrationsRun: true,
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
      ],
    };
  }
}
