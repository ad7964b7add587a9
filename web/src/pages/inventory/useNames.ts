/**
 * The small lists (teams, domains, systems) loaded once and shared, so tables and forms can show
 * names rather than ids and offer them as choices.
 */
import { useMemo } from 'react';
import { useAll } from '../../api/hooks';
import type { Domain, System, Team } from '../../api/types';

export interface Names {
  teams: Team[];
  domains: Domain[];
  systems: System[];
  team(id: string | undefined): string | undefined;
  domain(id: string | undefined): string | undefined;
  system(id: string | undefined): string | undefined;
  loading: boolean;
  error: unknown;
}

function lookup<T extends { id: string; name?: string }>(items: T[] | undefined): (id: string | undefined) => string | undefined {
  const byId = new Map((items ?? []).map((item) => [item.id, item.name ?? item.id]));
  return (id) => (id ? byId.get(id) : undefined);
}

export function useNames(): Names {
  const teams = useAll('team');
  const domains = useAll('domain');
  const systems = useAll('system');
  return useMemo(
    () => ({
      teams: teams.data ?? [],
      domains: domains.data ?? [],
      systems: systems.data ?? [],
      team: lookup(teams.data),
      domain: lookup(domains.data),
      system: lookup(systems.data),
      loading: teams.isLoading || domains.isLoading || systems.isLoading,
      error: teams.error ?? domains.error ?? systems.error,
    }),
    [teams.data, domains.data, systems.data, teams.isLoading, domains.isLoading, systems.isLoading, teams.error, domains.error, systems.error],
  );
}
