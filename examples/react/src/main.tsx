import { ready } from 'mentoring-requests/define.js'; // defines the six tags
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { AppWithWrappers } from './AppWithWrappers.js';

// `?wrappers` shows the same page with the @lit/react wrappers (the way for React 18).
const Root = new URLSearchParams(location.search).has('wrappers') ? AppWithWrappers : App;

// <requests-badge> (and the details) are defined when define.js's lazily loaded chunk arrives. React 19
// sets a prop as a property only on an element already defined, so the page that renders the tags itself
// waits for all six first. The @lit/react wrappers need no wait: they set properties from the classes.
if (Root === App) await ready;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
