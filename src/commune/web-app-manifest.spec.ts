import { Language } from './dto/commune-setup.enums';
import { webAppManifest } from './web-app-manifest';

describe('webAppManifest', () => {
  it('is Parvis alone, in the default blue, until the commune is named', () => {
    const m = webAppManifest({ name: null, primaryColor: '#1d3f8f', defaultLanguage: Language.FR });
    expect(m).toMatchObject({ name: 'Parvis', short_name: 'Parvis', theme_color: '#1d3f8f', lang: 'fr', display: 'standalone' });
  });

  it('carries the commune’s name (short under the icon when it fits) and colour', () => {
    expect(webAppManifest({ name: 'Blois', primaryColor: '#7a1f2b', defaultLanguage: Language.FR })).toMatchObject({
      name: 'Parvis – Blois',
      short_name: 'Blois',
      theme_color: '#7a1f2b',
    });
    expect(webAppManifest({ name: 'Saint-Parvis-les-Tests', primaryColor: '#1d3f8f', defaultLanguage: Language.EN })).toMatchObject({
      name: 'Parvis – Saint-Parvis-les-Tests',
      short_name: 'Parvis',
      lang: 'en',
    });
  });
});
