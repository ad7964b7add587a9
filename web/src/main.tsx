import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';

const theme = localStorage.getItem('patchbay.theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

const queryClient = new QueryClient({
  defaultOptions: {
    // A 4xx will not change on retry; network blips may.
    queries: { retry: (count, error) => count < 2 && !(error && 'status' in error && Number((error as { status: number }).status) < 500), refetchOnWindowFocus: false, staleTime: 10_000 },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
