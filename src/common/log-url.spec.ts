import { loggedUrl } from './log-url';

describe('loggedUrl', () => {
  it('keeps no address search in the logs', () => {
    expect(loggedUrl('/geocoder/search?q=8%20rue%20de%20la%20Loire&lat=47.9&lon=1.9')).toBe('/geocoder/search?…');
    expect(loggedUrl('/geocoder/reverse?lat=47.9&lon=1.9')).toBe('/geocoder/reverse?…');
  });

  it('leaves other URLs as they are', () => {
    expect(loggedUrl('/graphql')).toBe('/graphql');
    expect(loggedUrl('/media/abc/thumb?exp=1&sig=x')).toBe('/media/abc/thumb?exp=1&sig=x');
    expect(loggedUrl('/geocoder/search')).toBe('/geocoder/search');
  });
});
