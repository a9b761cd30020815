import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@renderer/app/App';
import { PlatformProvider, detectPlatform } from '@renderer/platform/platform-context';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <PlatformProvider platform={detectPlatform()}>
      <App />
    </PlatformProvider>
  </StrictMode>,
);
