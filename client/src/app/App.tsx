import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router-dom';
import { I18nProvider } from '@/i18n';
import { PhotoUploadProvider } from '@/ui';
import { apolloClient } from './apollo';
import { AuthProvider } from './auth';
import { uploadPhoto } from './media';
import { AppRoutes } from './router';

export function App() {
  return (
    <I18nProvider>
      <ApolloProvider client={apolloClient}>
        <AuthProvider>
          <PhotoUploadProvider upload={uploadPhoto}>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </PhotoUploadProvider>
        </AuthProvider>
      </ApolloProvider>
    </I18nProvider>
  );
}
