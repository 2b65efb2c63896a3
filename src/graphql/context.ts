import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer';
import { RequestLoaders } from './loaders';

export type ParvisRequest = Request & {
  user?: Viewer | null;
  viewerCheck?: Promise<void>;
  authenticatedUserId?: string;
  id?: string | number;
};

/** What every resolver gets: the request (viewer in `req.user`) and this request's loaders. */
export interface GraphQLContext {
  req: ParvisRequest;
  res?: Response;
  loaders: RequestLoaders;
}
