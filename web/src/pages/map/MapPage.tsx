/**
 * The integration map: the landscape as a graph, filtered, grouped and lit up from the URL's
 * query string, laid out off the main thread and drawn on a canvas. The parts: filtering
 * (landscape-filter), the graph (map-graph), layout (layout-client, elk-input, quick-layout),
 * drawing (MapCanvas, cy-elements, map-style), impact (impact), exports (mermaid-view, download).
 */
import { useQuery } from '@tanstack/react-query';
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { get, getAll } from '../../api/client';
import { useAll } from '../../api/hooks';
import type { Integration } from '../../api/types';
import { Loading, Page } from '../../components/Page';
import { ProblemAlert } from '../../components/ProblemAlert';
import { HEALTHS, INTEGRATION_STATUSES, MECHANISMS } from '../../../../src/core/model/vocabulary';
import { download } from './download';
import { litByCarriers, litByDependents, litElementIds, type Lit } from './impact';
import { filterLandscape } from './landscape-filter';
import { layoutGraph, warmUpLayout, type LayoutResult } from './layout-client';
import { MapCanvas, type DrawnInfo } from './MapCanvas';
import { FilterBar, GroupControl, ImpactControl, SystemSearch, type Option } from './MapControls';
import { MapDetails, type GroupInfo, type Lookup } from './MapDetails';
import { buildMapGraph, groupKeyOf, plural, type MapGraph } from './map-graph';
import { EMPTY_FILTERS, parseView, viewParams, type ImpactTarget, type MapView } from './map-query';
import { MapLegend } from './MapLegend';
import { mermaidOfView } from './mermaid-view';
import { useThemeColours } from './use-theme-colours';
import './map.css';

/** Beyond this many systems in view, the map opens grouped by domain with the groups collapsed. */
export const BIG_LANDSCAPE = 400;

interface DependentsAnswer {
  system: string;
  items: { system: string }[];
}

/** The map element a selection points at, falling back to the collapsed group that hides it. */
function elementOfSelection(selected: string | null, graph: MapGraph, groupOfSystem: Map<string, string>): string | null {
  if (!selected) return null;
  const [type, ...rest] = selected.split(':');
  const id = rest.join(':');
  const has = (elementId: string) => graph.nodes.some((node) => node.id === elementId) || graph.edges.some((edge) => edge.id === elementId);
  if (type === 'system') {
    if (has(`s:${id}`)) return `s:${id}`;
    const group = groupOfSystem.get(id);
    return group !== undefined && has(`g:${group}`) ? `g:${group}` : null;
  }
  if (type === 'integration') return has(`i:${id}`) ? `i:${id}` : (graph.edges.find((edge) => edge.integrationIds.includes(id))?.id ?? null);
  if (type === 'group') return has(`g:${id}`) ? `g:${id}` : null;
  if (type === 'link') return has(`l:${id}`) ? `l:${id}` : null;
  return null;
}

function selectionOfElement(elementId: string): string {
  const kind = elementId.slice(0, 2);
  const id = elementId.slice(2);
  return kind === 's:' ? `system:${id}` : kind === 'g:' ? `group:${id}` : kind === 'i:' ? `integration:${id}` : `link:${id}`;
}

declare global {
  interface Window {
    /** Read-only view of the map for browser tests and the benchmark. */
    __patchbayMap?: { cy: () => Core | null; lit: () => Lit | null; drawn: () => { systems: string[]; integrations: string[]; groups: string[] } };
  }
}

export function MapPage() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const update = useCallback(
    (patch: Partial<MapView>, options: { replace?: boolean } = {}) => setParams(viewParams({ ...parseView(params), ...patch }), { replace: options.replace ?? false }),
    [params, setParams],
  );

  useEffect(warmUpLayout, []);
  const systems = useAll('system');
  const integrations = useAll('integration');
  const teams = useAll('team');
  const domains = useAll('domain');
  const colours = useThemeColours();

  const impactSystem = view.impact?.type === 'system' ? view.impact.id : null;
  const impactField = view.impact?.type === 'field' ? view.impact.field : null;
  const dependents = useQuery({
    queryKey: ['map', 'dependents', impactSystem, view.depth],
    queryFn: ({ signal }) => get<DependentsAnswer>(`/api/v1/systems/${encodeURIComponent(impactSystem!)}/dependents`, view.depth ? { depth: view.depth } : undefined, signal),
    enabled: impactSystem !== null,
  });
  const carriers = useQuery({
    queryKey: ['map', 'carries', impactField],
    queryFn: ({ signal }) => getAll<Integration>('/api/v1/integrations', { carries: impactField! }, signal),
    enabled: impactField !== null,
  });

  const loaded = systems.data && integrations.data && teams.data && domains.data ? { systems: systems.data, integrations: integrations.data, teams: teams.data, domains: domains.data } : null;
  const loadError = systems.error ?? integrations.error ?? teams.error ?? domains.error;

  const lookup = useMemo<Lookup | null>(() => {
    if (!loaded) return null;
    const incoming = new Map<string, Integration[]>();
    const outgoing = new Map<string, Integration[]>();
    for (const integration of loaded.integrations) {
      incoming.set(integration.target, [...(incoming.get(integration.target) ?? []), integration]);
      outgoing.set(integration.source, [...(outgoing.get(integration.source) ?? []), integration]);
    }
    return {
      systems: new Map(loaded.systems.map((system) => [system.id, system])),
      integrations: new Map(loaded.integrations.map((integration) => [integration.id, integration])),
      teams: new Map(loaded.teams.map((team) => [team.id, team])),
      domains: new Map(loaded.domains.map((domain) => [domain.id, domain])),
      incoming,
      outgoing,
    };
  }, [loaded?.systems, loaded?.integrations, loaded?.teams, loaded?.domains]); // eslint-disable-line react-hooks/exhaustive-deps

  // The URL is parsed afresh on every change (a selection, say); keyed by value, the filters and
  // the collapsed groups only change, and the map is only laid out again, when they really do.
  const filtersKey = JSON.stringify(view.filters);
  const collapsedKey = JSON.stringify(view.collapsed);
  const filters = useMemo(() => view.filters, [filtersKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const filtered = useMemo(() => (loaded ? filterLandscape(loaded, filters) : null), [loaded?.systems, loaded?.integrations, filters]); // eslint-disable-line react-hooks/exhaustive-deps
  const big = (filtered?.systems.length ?? 0) > BIG_LANDSCAPE;
  const grouping = view.group ?? (big ? 'domain' : 'none');
  const collapsedDefault = view.collapsed === null && grouping !== 'none' && big;
  const collapsed = useMemo<Set<string> | 'all'>(
    () => (view.collapsed === null ? (big ? 'all' : new Set()) : view.collapsed.includes('*') ? 'all' : new Set(view.collapsed)),
    [collapsedKey, big], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const teamOrder = useMemo(() => (loaded?.teams ?? []).map((team) => team.id).sort(), [loaded?.teams]);

  const graph = useMemo(() => {
    if (!filtered || !lookup) return null;
    return buildMapGraph(filtered, {
      grouping,
      collapsed,
      teamNames: new Map([...lookup.teams].map(([id, team]) => [id, team.name])),
      domainNames: new Map([...lookup.domains].map(([id, domain]) => [id, domain.name])),
    });
  }, [filtered, lookup, grouping, collapsed]);

  const groupOfSystem = useMemo(() => {
    const groups = new Map<string, string>();
    if (!filtered || grouping === 'none') return groups;
    for (const system of filtered.systems) groups.set(system.id, groupKeyOf(system, grouping));
    return groups;
  }, [filtered, grouping]);

  // Layout runs whenever the drawn graph changes; a stale answer is dropped.
  const [layout, setLayout] = useState<(LayoutResult & { graph: MapGraph }) | null>(null);
  const [layoutError, setLayoutError] = useState<unknown>(null);
  useEffect(() => {
    if (!graph) return;
    let live = true;
    setLayoutError(null);
    stage.current?.setAttribute('data-state', 'layout');
    // A big landscape opens on the quick layout: ELK's start-up alone costs seconds on a small
    // machine (bench/map), and the collapsed overview reads as well either way; ?layout=elk asks for it.
    layoutGraph(graph, view.layout === 'auto' && big ? 'quick' : view.layout)
      .then((result) => live && setLayout({ ...result, graph }))
      .catch((error: unknown) => {
        if (live && !(error instanceof DOMException && error.name === 'AbortError')) setLayoutError(error);
      });
    return () => {
      live = false;
    };
  }, [graph, view.layout, big]);

  const lit = useMemo<Lit | null>(() => {
    if (!loaded) return null;
    if (impactSystem && dependents.data) return litByDependents(impactSystem, dependents.data.items.map((item) => item.system), loaded.integrations);
    if (impactField && carriers.data) return litByCarriers(carriers.data);
    return null;
  }, [loaded, impactSystem, impactField, dependents.data, carriers.data]);
  const drawnGraph = layout?.graph ?? null;
  const litIds = useMemo(() => (lit && drawnGraph ? litElementIds(drawnGraph, lit) : null), [lit, drawnGraph]);

  const cyRef = useRef<Core | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const readyCount = useRef(0);
  const [drawn, setDrawn] = useState<(DrawnInfo & { engine: string; layoutMs: number; graph: MapGraph }) | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const focusedOnce = useRef(false);

  const onDrawn = useCallback(
    (info: DrawnInfo) => {
      if (!layout) return;
      readyCount.current += 1;
      performance.mark('map-ready', { detail: { nodes: info.nodes, edges: info.edges, engine: layout.engine, layoutMs: layout.ms, addMs: info.addMs, renderMs: info.renderMs } });
      // Written straight to the DOM so tests and the benchmark see it without waiting for React.
      const element = stage.current;
      if (element) {
        element.dataset.nodes = String(info.nodes);
        element.dataset.edges = String(info.edges);
        element.dataset.systems = String(layout.graph.systemCount);
        element.dataset.integrations = String(layout.graph.integrationCount);
        element.dataset.engine = layout.engine;
        element.dataset.layoutMs = String(Math.round(layout.ms));
        element.dataset.renderMs = String(Math.round(info.renderMs));
        element.dataset.readyCount = String(readyCount.current);
        element.dataset.state = 'ready';
      }
      setDrawn({ ...info, engine: layout.engine, layoutMs: layout.ms, graph: layout.graph });
      if (!focusedOnce.current) {
        focusedOnce.current = true;
        const selected = elementOfSelection(parseView(new URLSearchParams(window.location.search)).selected, layout.graph, groupOfSystem);
        if (selected) setFocusId(selected);
      }
    },
    [layout, groupOfSystem],
  );

  useEffect(() => {
    window.__patchbayMap = {
      cy: () => cyRef.current,
      lit: () => lit,
      drawn: () => {
        const cy = cyRef.current;
        if (!cy) return { systems: [], integrations: [], groups: [] };
        return {
          systems: cy.nodes('.system').map((node) => node.id().slice(2)),
          integrations: cy.edges().toArray().flatMap((edge) => (edge.id().startsWith('i:') ? [edge.id().slice(2)] : (drawnGraph?.edges.find((e) => e.id === edge.id())?.integrationIds ?? []))),
          groups: cy.nodes('.group').map((node) => node.id().slice(2)),
        };
      },
    };
  }, [lit, drawnGraph]);
  useEffect(() => () => void delete window.__patchbayMap, []);

  const selectedElement = drawnGraph ? elementOfSelection(view.selected, drawnGraph, groupOfSystem) : null;
  const select = useCallback((selection: string | null) => update({ selected: selection }, { replace: true }), [update]);

  const allGroupKeys = useMemo(() => (graph ? graph.nodes.flatMap((node) => (node.type === 'group' ? [node.key] : [])) : []), [graph]);
  const toggleGroup = useCallback(
    (key: string) => {
      const current = collapsed === 'all' ? new Set(allGroupKeys) : new Set(collapsed);
      if (current.has(key)) current.delete(key);
      else current.add(key);
      update({ collapsed: [...current] });
    },
    [collapsed, allGroupKeys, update],
  );

  const systemOptions = useMemo<Option[]>(
    () => (loaded?.systems ?? []).map((system) => ({ value: system.id, label: system.name })).sort((a, b) => a.label.localeCompare(b.label)),
    [loaded?.systems],
  );
  const findSystem = useCallback(
    (text: string): string | null => {
      if (!loaded || !filtered) return null;
      const lower = text.toLowerCase();
      const match =
        loaded.systems.find((system) => system.id === text || system.name === text) ??
        loaded.systems.find((system) => system.name.toLowerCase() === lower || system.id.toLowerCase() === lower) ??
        loaded.systems.find((system) => system.name.toLowerCase().startsWith(lower)) ??
        loaded.systems.find((system) => system.name.toLowerCase().includes(lower) || system.id.includes(lower));
      if (!match) return `No system matches “${text}”.`;
      const shown = filtered.systems.some((system) => system.id === match.id);
      const group = groupOfSystem.get(match.id);
      const patch: Partial<MapView> = { selected: `system:${match.id}` };
      if (shown && group !== undefined && (collapsed === 'all' || collapsed.has(group))) {
        const open = collapsed === 'all' ? new Set(allGroupKeys) : new Set(collapsed);
        open.delete(group);
        patch.collapsed = [...open];
      }
      update(patch);
      setFocusId(`s:${match.id}`);
      return shown ? null : `${match.name} is hidden by the filters; its details are beside the map.`;
    },
    [loaded, filtered, groupOfSystem, collapsed, allGroupKeys, update],
  );

  const applyImpact = useCallback(
    (target: ImpactTarget, depth: number | null): string | null => {
      if (target.type === 'system' && loaded) {
        const lower = target.id.toLowerCase();
        const match = loaded.systems.find((system) => system.id === target.id || system.name === target.id) ?? loaded.systems.find((system) => system.name.toLowerCase() === lower || system.id.toLowerCase() === lower);
        if (!match) return `No system is called “${target.id}”.`;
        update({ impact: { type: 'system', id: match.id }, depth, selected: `system:${match.id}` });
        return null;
      }
      update({ impact: target, depth: null });
      return null;
    },
    [loaded, update],
  );

  const fieldOptions = useMemo(() => {
    const fields = new Set<string>();
    for (const integration of loaded?.integrations ?? []) {
      for (const item of integration.data ?? []) {
        fields.add(item.object);
        for (const field of item.fields ?? []) fields.add(`${item.object}.${field.name}`);
      }
    }
    return [...fields].sort();
  }, [loaded?.integrations]);

  const filterOptions = useMemo(() => {
    const tags = new Set<string>();
    for (const entity of [...(loaded?.systems ?? []), ...(loaded?.integrations ?? [])]) for (const tag of entity.tags ?? []) tags.add(tag);
    return {
      team: (loaded?.teams ?? []).map((team) => ({ value: team.id, label: team.name })).sort((a, b) => a.label.localeCompare(b.label)),
      mechanism: MECHANISMS.map((value) => ({ value, label: value })),
      health: HEALTHS.map((value) => ({ value, label: value })),
      status: INTEGRATION_STATUSES.map((value) => ({ value, label: value })),
      tag: [...tags].sort().map((value) => ({ value, label: value })),
    };
  }, [loaded?.teams, loaded?.systems, loaded?.integrations]);

  const exportView = (format: 'svg' | 'png' | 'mermaid') => {
    const cy = cyRef.current;
    if (format === 'mermaid') {
      if (!filtered || !loaded) return;
      const text = mermaidOfView({
        systems: filtered.systems,
        integrations: filtered.integrations,
        teams: loaded.teams,
        domains: loaded.domains,
        grouping,
        allCollapsed: collapsed === 'all' || allGroupKeys.every((key) => collapsed.has(key)),
      });
      download(text, 'patchbay-map.mmd', 'text/vnd.mermaid;charset=utf-8');
      return;
    }
    if (!cy) return;
    if (format === 'svg') {
      // canvas2svg (under cytoscape-svg) logs "Attempted to apply path command to node text" when
      // cytoscape strokes right after writing a label; the SVG is complete, so that noise is dropped.
      const log = console.error;
      console.error = (...args: unknown[]) => {
        if (!(typeof args[0] === 'string' && args[0].startsWith('Attempted to apply path command'))) log(...args);
      };
      let text: string;
      try {
        text = (cy as unknown as { svg: (options: object) => string }).svg({ full: true, scale: 1, bg: colours.bg });
      } finally {
        console.error = log;
      }
      download(text, 'patchbay-map.svg', 'image/svg+xml');
    } else {
      const blob = cy.png({ full: true, scale: 2, bg: colours.bg, output: 'blob', maxWidth: 8000, maxHeight: 8000 }) as unknown as Blob;
      download(blob, 'patchbay-map.png', 'image/png');
    }
  };

  const groupInfos = useMemo(() => {
    const infos = new Map<string, GroupInfo>();
    for (const node of drawnGraph?.nodes ?? []) if (node.type === 'group') infos.set(node.key, { key: node.key, name: node.name, collapsed: node.collapsed, systemIds: node.systemIds, internal: node.internal });
    return infos;
  }, [drawnGraph]);
  const links = useMemo(() => new Map((drawnGraph?.edges ?? []).filter((edge) => edge.type === 'link').map((edge) => [edge.id.slice(2), edge.integrationIds])), [drawnGraph]);
  const shownSystems = useMemo(() => new Set(filtered?.systems.map((system) => system.id)), [filtered]);

  const legendTeams = useMemo(() => {
    const used = new Set((filtered?.systems ?? []).map((system) => system.owner).filter(Boolean));
    return (loaded?.teams ?? []).filter((team) => used.has(team.id)).map((team) => ({ id: team.id, name: team.name, order: teamOrder }));
  }, [filtered, loaded?.teams, teamOrder]);

  const actions = (
    <>
      <button type="button" onClick={() => exportView('svg')} disabled={!drawn}>
        Export SVG
      </button>
      <button type="button" onClick={() => exportView('png')} disabled={!drawn}>
        Export PNG
      </button>
      <button type="button" onClick={() => exportView('mermaid')} disabled={!filtered}>
        Export Mermaid
      </button>
    </>
  );

  if (loadError) {
    return (
      <Page title="Map">
        <ProblemAlert error={loadError} title="The landscape could not be loaded" />
      </Page>
    );
  }
  if (!loaded || !filtered || !graph || !lookup) {
    return (
      <Page title="Map">
        <Loading what="the landscape" />
        <div className="map-stage" data-testid="map" data-state="loading" />
      </Page>
    );
  }

  const impactProblem = dependents.error ?? carriers.error;
  const impactName = view.impact?.type === 'system' ? (lookup.systems.get(view.impact.id)?.name ?? view.impact.id) : view.impact?.field;
  const laidOut = layout?.graph === graph;

  return (
    <Page title="Map" actions={actions}>
      <div className="map-toolbar">
        <FilterBar filters={view.filters} options={filterOptions} onChange={(filters) => update({ filters, collapsed: view.group === null ? null : view.collapsed })} onClear={() => update({ filters: EMPTY_FILTERS })} />
        <div className="map-toolbar-row">
          <SystemSearch systems={systemOptions} onFind={findSystem} />
          <GroupControl
            grouping={grouping}
            hasGroups={grouping !== 'none'}
            onChange={(next) => update({ group: next, collapsed: null })}
            onCollapseAll={() => update({ collapsed: ['*'] })}
            onExpandAll={() => update({ collapsed: [] })}
          />
        </div>
        <ImpactControl
          key={view.impact ? JSON.stringify(view.impact) : 'none'}
          impact={view.impact}
          depth={view.depth}
          systems={systemOptions}
          fields={fieldOptions}
          onApply={applyImpact}
          onClear={() => update({ impact: null, depth: null })}
        />
      </div>

      {collapsedDefault ? (
        <div className="notice map-notice">
          <span>
            {plural(filtered.systems.length, 'system')} are in view, so the map starts grouped by {grouping} with every group collapsed. Select a group to open it, or
          </span>{' '}
          <button type="button" onClick={() => update({ group: grouping, collapsed: [] })}>
            Expand all groups
          </button>
        </div>
      ) : null}
      {impactProblem ? <ProblemAlert error={impactProblem} title="Impact could not be worked out" /> : null}
      {layoutError ? <ProblemAlert error={layoutError} title="The map could not be laid out" /> : null}

      <p className="map-status" role="status" aria-live="polite">
        Showing {filtered.systems.length.toLocaleString('en')} of {plural(loaded.systems.length, 'system')} and {filtered.integrations.length.toLocaleString('en')} of {plural(loaded.integrations.length, 'integration')}
        {grouping !== 'none' ? `, grouped by ${grouping}` : ''}.
        {view.impact && lit ? (
          <strong className="map-impact-summary">
            {' '}
            {view.impact.type === 'system'
              ? `${plural(lit.systems.size - 1, 'system')} depend${lit.systems.size - 1 === 1 ? 's' : ''} on ${impactName}${view.depth ? ` within ${plural(view.depth, 'hop')}` : ''}.`
              : `${plural(lit.integrations.size, 'integration')} carr${lit.integrations.size === 1 ? 'ies' : 'y'} ${impactName}.`}
          </strong>
        ) : null}
        {view.impact && !lit && !impactProblem ? ' Working out the impact…' : null}
        {!laidOut ? ' Laying out the map…' : null}
      </p>

      <div className={`map-body${view.selected ? ' with-details' : ''}`}>
        <div
          ref={stage}
          className="map-stage"
          data-testid="map"
          data-state={laidOut && drawn?.graph === graph ? 'ready' : 'layout'}
          data-lit-systems={lit ? String(lit.systems.size) : undefined}
          data-lit-integrations={lit ? String(lit.integrations.size) : undefined}
        >
          {layout ? (
            <MapCanvas
              graph={layout.graph}
              positions={layout.positions}
              colours={colours}
              teamOrder={teamOrder}
              litIds={litIds}
              impactRootId={impactSystem ? elementOfSelection(`system:${impactSystem}`, layout.graph, groupOfSystem) : null}
              selectedId={selectedElement}
              focusId={focusId}
              onSelect={(elementId) => select(elementId ? selectionOfElement(elementId) : null)}
              onToggleGroup={(elementId) => toggleGroup(elementId.slice(2))}
              onDrawn={onDrawn}
              cyRef={cyRef}
              label={`Integration map: ${plural(layout.graph.systemCount, 'system')}, ${plural(layout.graph.edges.length, 'line')}`}
            />
          ) : (
            <Loading what="the layout" />
          )}
          {layout && !laidOut ? <div className="map-busy" aria-hidden="true">Laying out…</div> : null}
          <p id="map-keys" className="visually-hidden">
            Arrow keys pan, plus and minus zoom, 0 fits the whole map, Escape clears the selection. Use Find a system to select one; its details appear beside the map.
          </p>
          {drawn ? (
            <p className="map-engine muted" aria-hidden="true">
              {drawn.engine === 'elk' ? 'ELK layered layout' : 'quick layered layout'} · {Math.round(drawn.layoutMs)} ms
            </p>
          ) : null}
        </div>
        {view.selected ? (
          <MapDetails
            selected={view.selected}
            lookup={lookup}
            groups={groupInfos}
            links={links}
            hidden={(systemId) => !shownSystems.has(systemId)}
            groupOf={(systemId) => groupInfos.get(groupOfSystem.get(systemId) ?? '') ?? null}
            onSelect={(selection) => {
              select(selection);
              const element = selection && drawnGraph ? elementOfSelection(selection, drawnGraph, groupOfSystem) : null;
              if (element) setFocusId(element);
            }}
            onImpact={(systemId) => update({ impact: { type: 'system', id: systemId }, depth: null })}
            onToggleGroup={toggleGroup}
          />
        ) : null}
      </div>
      <MapLegend colours={colours} teams={legendTeams} />
    </Page>
  );
}
