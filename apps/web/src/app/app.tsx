import { ConfigProvider } from 'antd';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from '@lx/ui/app-providers';
import { AppErrorBoundary } from './app-error-boundary';
import { createAppRouter } from './router';

// antd puts a space between two Chinese characters on a button ("登 录"); the manuals write
// "登录", "保存", and that is the name screen readers and tests should find.
const button = { autoInsertSpace: false };

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <AppErrorBoundary>
      <AppProviders client={queryClient}>
        <ConfigProvider button={button}>
          <RouterProvider router={router} />
        </ConfigProvider>
      </AppProviders>
    </AppErrorBoundary>
  );
}
