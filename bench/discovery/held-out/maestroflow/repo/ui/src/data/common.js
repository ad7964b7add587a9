import { useQuery, useMutation } from "react-query";

// All requests are relative to the UI origin; nginx forwards /api to the server.
const API_PREFIX = "/api";

export function fetchWithContext(path, fetchParams) {
  return fetch(`${API_PREFIX}${path}`, { ...fetchParams }).then((res) => {
    if (!res.ok) {
      return res.text().then((text) => {
        throw new Error(`${res.status} ${res.statusText}: ${text}`);
      });
    }
    const contentType = res.headers.get("content-type");
    if (contentType && contentType.includes("application/json")) {
      return res.json();
    }
    return res.text();
  });
}

export function useFetch(key, path, reactQueryOptions, defaultResponse) {
  return useQuery(
    [key, path],
    () => (path ? fetchWithContext(path) : Promise.resolve(defaultResponse)),
    { keepPreviousData: true, ...reactQueryOptions }
  );
}

export function useAction(path, method = "post", callbacks) {
  return useMutation(
    (mutateParams) =>
      fetchWithContext(path, {
        method,
        headers: { "Content-Type": "application/json" },
        body: mutateParams ? JSON.stringify(mutateParams.body) : undefined,
      }),
    callbacks
  );
}
