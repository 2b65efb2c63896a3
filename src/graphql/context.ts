import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer';
import type { LiveConnection } from './live-connection';
import { RequestLoaders } from './loaders';

export type ParvisRequest = Request & {
  user?: Viewer | null;
  viewerCheck?: Promise<void>;
  tokenExpiresAt?: Date;
  authenticatedUserId?: string;
  id?: string | number;
};

/** What every resolver gets: the request (viewer in `req.user`) and this request's loaders. */
export interface GraphQLContext {
  req: ParvisRequest;
  res?: Response;
  loaders: RequestLoaders;
  /** Over graphql-ws only: the connection the operation came on. */
  live?: LiveConnection;
}
