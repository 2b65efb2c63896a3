/** Paths whose query string is personal data: an address search says where a resident is or lives. */
const PRIVATE_QUERIES = /^(\/geocoder\/[^?]*)\?.*$/;

/** The request URL as the logs keep it: without the query string of an address search. */
export function loggedUrl(url: string): string {
  return url.replace(PRIVATE_QUERIES, '$1?…');
}
