import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from '@lx/ui/app-providers';
import { AppErrorBoundary } from './app-error-boundary';
import { createAppRouter } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <AppErrorBoundary>
      <AppProviders client={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </AppErrorBoundary>
  );
}
