import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Aksel CSS, once. Its index.css also loads fonts from cdn.nav.no; we self-host Source Sans 3
// instead (no third-party requests from a service handling sensitive personal data).
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/400-italic.css';
import '@fontsource/source-sans-3/600.css';
import '@fontsource/source-sans-3/700.css';
import '@navikt/ds-css/dist/global/reset.css';
import '@navikt/ds-css/dist/global/tokens.css';
import '@navikt/ds-css/dist/global/baseline.css';
import '@navikt/ds-css/dist/global/print.css';
import '@navikt/ds-css/dist/components.css';
import './index.css';
import { initI18n } from '@/lib/i18n';
import { App } from '@/app';

initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
