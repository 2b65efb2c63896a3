import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { I18nProvider } from '@/i18n';
import { PhotoUploadProvider } from '@/ui';
import { apolloClient } from './apollo';
import { AuthProvider } from './auth';
import { uploadPhoto } from './media';
import { createRouter } from './router';

export function App() {
  const [router] = useState(createRouter);
  return (
    <I18nProvider>
      <ApolloProvider client={apolloClient}>
        <AuthProvider>
          <PhotoUploadProvider upload={uploadPhoto}>
            <RouterProvider router={router} />
          </PhotoUploadProvider>
        </AuthProvider>
      </ApolloProvider>
    </I18nProvider>
  );
}
