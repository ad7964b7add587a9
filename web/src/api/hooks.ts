/** React Query hooks over the API client: one cache for every page, refreshed after writes. */
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { get, getAll, type Query } from './client';
import type { Domain, Integration, System, Team } from './types';

export const PLURAL = { team: 'teams', domain: 'domains', system: 'systems', integration: 'integrations' } as const;
export type Kind = keyof typeof PLURAL;
export interface KindTypes {
  team: Team;
  domain: Domain;
  system: System;
  integration: Integration;
}

/** Every entity of a kind (all pages), for views that show the whole landscape. */
export function useAll<K extends Kind>(kind: K, query: Query = {}): UseQueryResult<KindTypes[K][]> {
  return useQuery({
    queryKey: [PLURAL[kind], 'all', query],
    queryFn: ({ signal }) => getAll<KindTypes[K]>(`/api/v1/${PLURAL[kind]}`, query, signal),
  });
}

/** Any GET of the API, cached by path and query. */
export function useApi<T>(path: string, query?: Query, options: { enabled?: boolean } = {}): UseQueryResult<T> {
  return useQuery({
    queryKey: [path, query ?? {}],
    queryFn: ({ signal }) => get<T>(path, query, signal),
    ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
  });
}

/** Forget cached answers after a write so every page shows the new state. */
export function useInvalidate(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}
