import type { RouteObject } from 'react-router-dom';
import { lazyPage, RequireAuth, RequireRole, type NavItem } from '@/app';
import './forums.css';

const EditForumPage = lazyPage(() => import('./pages/EditForumPage'), 'EditForumPage');
const ForumPage = lazyPage(() => import('./pages/ForumPage'), 'ForumPage');
const ForumsPage = lazyPage(() => import('./pages/ForumsPage'), 'ForumsPage');
const EditTopicPage = lazyPage(() => import('./pages/TopicFormPages'), 'EditTopicPage');
const NewTopicPage = lazyPage(() => import('./pages/TopicFormPages'), 'NewTopicPage');
const TopicPage = lazyPage(() => import('./pages/TopicPage'), 'TopicPage');

export const routes: RouteObject[] = [
  { path: '/forums', element: <ForumsPage /> },
  { path: '/forums/:id', element: <ForumPage /> },
  {
    path: '/forums/:id/edit',
    element: (
      <RequireRole roles={['COUNCIL', 'ADMIN']}>
        <EditForumPage />
      </RequireRole>
    ),
  },
  {
    path: '/forums/:id/new-topic',
    element: (
      <RequireAuth>
        <NewTopicPage />
      </RequireAuth>
    ),
  },
  { path: '/forums/topics/:id', element: <TopicPage /> },
  {
    path: '/forums/topics/:id/edit',
    element: (
      <RequireAuth>
        <EditTopicPage />
      </RequireAuth>
    ),
  },
];

export const navItems: NavItem[] = [{ to: '/forums', labelKey: 'forums.nav', order: 17 }];
