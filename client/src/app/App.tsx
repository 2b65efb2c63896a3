import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { I18nProvider } from '@/i18n';
import { apolloClient } from './apollo';
import { AuthProvider } from './auth';
import { createRouter } from './router';

export function App() {
  const [router] = useState(createRouter);
  return (
    <I18nProvider>
      <ApolloProvider client={apolloClient}>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </ApolloProvider>
    </I18nProvider>
  );
}
