import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadDatasetOffThread } from './app/loadDatasetOffThread';
import { setCuratedLoader } from './data/loadAppDataset';
import './styles.css';

// 680,000 rows of a national dataset are parsed and checked in a worker, never on the page's thread.
setCuratedLoader(loadDatasetOffThread);

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
