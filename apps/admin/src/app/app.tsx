import { ConfigProvider } from 'antd';
import { AppProviders, createQueryClient } from '@lx/ui/app-providers';
import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { AppErrorBoundary } from './app-error-boundary';
import { createRouter } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  return (
    <AppErrorBoundary>
      <AppProviders client={queryClient}>
        {/* "登录", not "登 录": button text reads (and is found by its label) as written. */}
        <ConfigProvider button={{ autoInsertSpace: false }}>
          <RouterProvider router={router} />
        </ConfigProvider>
      </AppProviders>
    </AppErrorBoundary>
  );
}
