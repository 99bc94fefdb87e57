import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { AppWithWrappers } from './AppWithWrappers.js';

// `?wrappers` shows the same page with the @lit/react wrappers (the way for React 18).
const Root = new URLSearchParams(location.search).has('wrappers') ? AppWithWrappers : App;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
