import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { sessionStore } from './identity/sessionStore.ts';
import './styles/base.css';
import './styles/reportPage.css';
import './styles/accountPages.css';

void sessionStore.start();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
