import { useState } from 'react';
import { isStale } from '@/lib/etag';

/**
 * 412 handling for the referral actions: `reload` fetches the referral again (new ETag) and clears the error;
 * the form's own state, and so what the user typed, is untouched.
 */
export function useStaleReload(mutation: { error: unknown; reset: () => void }, onReload: () => Promise<unknown>) {
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      mutation.reset();
    } finally {
      setReloading(false);
    }
  };
  return { stale: isStale(mutation.error), reload: () => void reload(), reloading };
}
