/** Settings for the browser tests, all from the environment. */
export const config = {
  baseUrl: (process.env.E2E_BASE_URL ?? 'http://localhost:8090').replace(/\/$/, ''),
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headed: process.env.E2E_HEADED === '1',
  /** per-action / navigation timeout in ms */
  timeout: Number(process.env.E2E_TIMEOUT_MS ?? 15_000),
  coordinator: {
    username: process.env.E2E_COORDINATOR_USERNAME ?? 'anna',
    password: process.env.E2E_COORDINATOR_PASSWORD ?? 'stegvis',
    /** the `name` claim expected in the header; empty = only check that a name is shown */
    name: process.env.E2E_COORDINATOR_NAME ?? 'Anna Lindqvist',
  },
  screenshotDir: new URL('../screenshots/', import.meta.url),
};
