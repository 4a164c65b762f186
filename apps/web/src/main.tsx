import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './app';
import { createClient } from './client';
import { LocaleRoot, loadInitialLocale } from './i18n/locale-root';
import './styles.css';

// The page's catalog (a few kB) is fetched before the first render, so no text shows in the wrong language.
void loadInitialLocale().then((initial) =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <LocaleRoot initial={initial}>
        <Provider value={createClient()}>
          <App />
        </Provider>
      </LocaleRoot>
    </StrictMode>,
  ),
);
