import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadLang, storedLang } from '@/i18n';
import '@/ui/styles';
import { App } from './App';
import { registerServiceWorker } from './pwa';

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// A visitor who chose English gets it from the first paint (its catalog is a separate download).
const lang = storedLang();
if (lang && lang !== 'fr') loadLang(lang).then(render, render);
else render();

registerServiceWorker();
