import type { ComponentType } from 'react';
import { ConnectionBanner } from './components/ConnectionBanner';

/** No page of its own: the connection's banner at the top of every page. */
export const banners: ComponentType[] = [ConnectionBanner];
