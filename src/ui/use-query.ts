import { createResource, type Resource } from "solid-js";

/**
 * `{data, error, loading}` for a query keyed on reactive inputs. Solid drops the result of an older
 * request when a newer one has started, so a slow old query never overwrites a newer answer.
 */
export function createQuery<Key, Result>(key: () => Key | false | null | undefined, fetcher: (key: Key) => Promise<Result>): Resource<Result> {
  const [resource] = createResource(key, fetcher);
  return resource;
}
