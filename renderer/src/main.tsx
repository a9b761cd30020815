import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@renderer/app/App';
import { PlatformProvider, detectPlatform } from '@renderer/platform/platform-context';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

const platform = detectPlatform();
// Ask the browser not to evict the journal under storage pressure (the desktop app's storage is never evicted).
if (platform.kind === 'browser') void navigator.storage?.persist?.();

createRoot(container).render(
  <StrictMode>
    <PlatformProvider platform={platform}>
      <App />
    </PlatformProvider>
  </StrictMode>,
);
