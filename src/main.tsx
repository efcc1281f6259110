import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadDatasetOffThread } from './app/loadDatasetOffThread';
import { setCuratedLoader } from './data/loadAppDataset';
import type { LoadedDataset } from './data/loadDataset';
import './styles.css';

// 680,000 rows of a national dataset are parsed and checked in a worker, never on the page's thread. The
// worker starts now, before the first render, so the data downloads while React and ECharts start up.
let early: Promise<LoadedDataset> | undefined = loadDatasetOffThread();
early.catch(() => {});
setCuratedLoader(() => {
  const load = early ?? loadDatasetOffThread();
  early = undefined;
  return load;
});

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
