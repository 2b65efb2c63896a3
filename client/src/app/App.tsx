import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router-dom';
import { I18nProvider } from '@/i18n';
import { PhotoUploadProvider, type UploadPhoto } from '@/ui';
import { apolloClient } from './apollo';
import { AuthProvider } from './auth';
import { AppRoutes } from './router';

/** The uploader, fetched with the first photo sent (the home page sends none). */
const uploadPhoto: UploadPhoto = (file, options) => import('./media').then((m) => m.uploadPhoto(file, options));

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
