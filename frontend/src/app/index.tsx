import { RouterProvider } from 'react-router/dom';
import { AppProvider } from './provider';
import { router } from './router';

export function App() {
  return (
    <AppProvider navigate={(to) => void router.navigate(to, { replace: true })}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
