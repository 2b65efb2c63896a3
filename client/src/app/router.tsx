import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { featureRoutes } from './features';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

/** Every feature's routes inside the shell, then the 404 page for anything else. */
export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [...featureRoutes, { path: '*', element: <NotFoundPage /> }],
  },
];

export function createRouter() {
  return createBrowserRouter(appRoutes);
}
