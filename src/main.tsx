// The published dataset's download starts first of all, before React and ECharts are evaluated
// (startDatasetLoad.ts), so the data arrives while they start up.
import { takeDatasetLoad } from './app/startDatasetLoad';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DATASET_QUERY_KEY, setCuratedLoader } from './data/loadAppDataset';
import { startUserFiles } from './data/userFiles';
import './styles.css';
import './flexGapFallback.css';

setCuratedLoader(takeDatasetLoad);

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
// The analyst's files are owned by one queue outside any screen; each dataset it builds replaces the app's.
startUserFiles((data) => queryClient.setQueryData(DATASET_QUERY_KEY, data));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
