import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, AppModuleOptions } from './app.module';
import { AppLogger } from './common/logger';
import type { AppConfig } from './config/app-config';
import { configureHttp } from './http.setup';

/** Builds and initialises the server (migrations run, startup tasks done); does not listen. */
export async function createApp(config: AppConfig, databaseUrl: string, options: AppModuleOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, options), {
    bodyParser: false,
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(AppLogger));
  app.flushLogs();
  configureHttp(app, config);
  await app.init();
  return app;
}
