/**
 * Small DOM helpers shared by the extraction passes. Pure DOM code (content script and Node).
 */

/**
 * A static array of a live collection. `Array.from(collection)` reads `length` once per element, and jsdom answers
 * every non-index property of an HTMLCollection by a named-item search over the whole collection, which made
 * `Array.from(root.getElementsByTagName('*'))` quadratic (12 s on Readability's wikipedia-2 page). Here `length`
 * is read once and the items by index.
 */
export function toArray<T extends Element>(collection: HTMLCollectionOf<T> | HTMLCollection): T[] {
  const n = collection.length;
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = collection[i] as T;
  return out;
}
