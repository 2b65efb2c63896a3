import { useRoutes, type RouteObject } from 'react-router-dom';
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

/**
 * The pages, matched declaratively (`<BrowserRouter>` in App): the app fetches its data in its
 * pages, not in route loaders, so React Router's data router — a third of its weight in the
 * home page's download — is not needed.
 */
export function AppRoutes() {
  return useRoutes(appRoutes);
}
