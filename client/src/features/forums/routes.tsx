import type { RouteObject } from 'react-router-dom';
import { RequireAuth, RequireRole, type NavItem } from '@/app';
import './forums.css';
import { EditForumPage } from './pages/EditForumPage';
import { ForumPage } from './pages/ForumPage';
import { ForumsPage } from './pages/ForumsPage';
import { EditTopicPage, NewTopicPage } from './pages/TopicFormPages';
import { TopicPage } from './pages/TopicPage';

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
