import 'i18next';
import type { sv } from './sv';
import type { svGroups } from './sv-groups';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv; groups: typeof svGroups };
  }
}
