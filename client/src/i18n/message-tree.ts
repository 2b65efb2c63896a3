/** A messages file's tree: sentences by key, nested (flattened to dotted keys by the catalog). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}
