import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { closePanel, startChat } from './chatClient';
import { readFrameConfig } from './frameConfig';
import './index.css';

startChat(readFrameConfig(location.search));

window.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') closePanel();
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
