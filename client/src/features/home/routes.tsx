import type { RouteObject } from 'react-router-dom';
import type { NavItem } from '@/app';
import { HomePage } from './pages/HomePage';

export const routes: RouteObject[] = [{ index: true, element: <HomePage /> }];

export const navItems: NavItem[] = [{ to: '/', labelKey: 'home.nav', order: 0 }];
