import { lazyPage } from '@lx/ui/lazy-page';
import { FullPageSpin } from '@/components/full-page-spin';

/**
 * 页面不存在, in a chunk of its own: antd's Result carries its illustrations (30 KB of SVG), which
 * the first page of every visit (the login page) does without (issue 19).
 */
export const LazyNotFoundPage = lazyPage(
  () => import('./not-found-page').then((m) => m.NotFoundPage),
  <FullPageSpin />,
);
