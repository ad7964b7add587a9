/** What the shapes, colours, lines and arrows mean; drawn from the same tables as the map. */
import { DIRECTIONS, HEALTHS, MECHANISMS, SYSTEM_KINDS, type SystemKind } from '../../../../src/core/model/vocabulary';
import { DIRECTION_ARROWS, healthColour, MECHANISM_LINES, teamColour, type ThemeColours } from './map-style';

/** SVG stand-ins for cytoscape's node shapes, small enough for a legend. */
const SHAPE_PATHS: Record<SystemKind, string> = {
  application: 'M4 3h16a3 3 0 0 1 3 3v6a3 3 0 0 1-3 3H4a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3z',
  saas: 'M12 3c6 0 11 2.7 11 6s-5 6-11 6S1 12.3 1 9s5-6 11-6z',
  database: 'M1 5c0-3 22-3 22 0v8c0 3-22 3-22 0z',
  'message-broker': 'M4 3h16l3 3v6l-3 3H4l-3-3V6z',
  'file-store': 'M5 3h18l-4 12H1z',
  'external-partner': 'M1 3h17l5 6-5 6H1z',
  'manual-process': 'M1 3h22l-3 6 3 6H1l3-6z',
  'data-warehouse': 'M1 5c0-3 22-3 22 0v8c0 3-22 3-22 0z',
  gateway: 'M6 3h12l5 6-5 6H6L1 9z',
  other: 'M1 3h22v12H1z',
};

const KIND_NAMES: Record<SystemKind, string> = {
  application: 'Application',
  saas: 'SaaS',
  database: 'Database / data warehouse',
  'message-broker': 'Message broker',
  'file-store': 'File store',
  'external-partner': 'External partner',
  'manual-process': 'Manual process',
  'data-warehouse': 'Database / data warehouse',
  gateway: 'Gateway',
  other: 'Other',
};

const HEALTH_NAMES = { monitored: 'Monitored or reliable', reliable: 'Monitored or reliable', fragile: 'Fragile', unknown: 'Unknown' } as const;

export function MapLegend({ colours, teams }: { colours: ThemeColours; teams: { id: string; name: string; order: readonly string[] }[] }) {
  const kinds = SYSTEM_KINDS.filter((kind) => kind !== 'data-warehouse');
  const mechanisms = [...new Map(MECHANISMS.map((mechanism) => [MECHANISM_LINES[mechanism].label, mechanism])).values()];
  const healths = HEALTHS.filter((health) => health !== 'reliable');
  return (
    <details className="map-legend" open>
      <summary>Legend</summary>
      <div className="map-legend-body">
        <section aria-label="System kinds">
          <h3>Systems (shape: kind)</h3>
          <ul>
            {kinds.map((kind) => (
              <li key={kind}>
                <svg viewBox="0 0 24 18" width="30" height="22" aria-hidden="true">
                  <path d={SHAPE_PATHS[kind]} fill={colours.bgSoft} stroke={colours.fgMuted} strokeWidth="1.5" />
                </svg>
                {KIND_NAMES[kind]}
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="Owner teams">
          <h3>Owner (colour: team)</h3>
          <ul>
            {teams.slice(0, 16).map((team) => (
              <li key={team.id}>
                <span className="map-swatch" style={{ background: teamColour(team.id, team.order) }} aria-hidden="true" />
                {team.name}
              </li>
            ))}
            {teams.length > 16 ? <li className="muted">…and {teams.length - 16} more (colours repeat)</li> : null}
          </ul>
        </section>
        <section aria-label="Integration health">
          <h3>Health (line colour)</h3>
          <ul>
            {healths.map((health) => (
              <li key={health}>
                <svg viewBox="0 0 36 10" width="36" height="10" aria-hidden="true">
                  <line x1="1" y1="5" x2="35" y2="5" stroke={healthColour(health, colours)} strokeWidth="3" />
                </svg>
                {HEALTH_NAMES[health]}
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="Mechanisms">
          <h3>Mechanism (line pattern)</h3>
          <ul>
            {mechanisms.map((mechanism) => {
              const line = MECHANISM_LINES[mechanism];
              const dash = line.style === 'dotted' ? '1 4' : line.dash ? line.dash.join(' ') : undefined;
              return (
                <li key={mechanism}>
                  <svg viewBox="0 0 36 10" width="36" height="10" aria-hidden="true">
                    {line.style === 'double' ? (
                      <>
                        <line x1="1" y1="3" x2="35" y2="3" stroke={colours.fg} strokeWidth="1.5" />
                        <line x1="1" y1="7" x2="35" y2="7" stroke={colours.fg} strokeWidth="1.5" />
                      </>
                    ) : (
                      <line x1="1" y1="5" x2="35" y2="5" stroke={colours.fg} strokeWidth="2.5" strokeDasharray={dash} strokeLinecap={line.style === 'dotted' ? 'round' : 'butt'} />
                    )}
                  </svg>
                  {line.label}
                </li>
              );
            })}
          </ul>
        </section>
        <section aria-label="Directions">
          <h3>Direction (arrows)</h3>
          <ul>
            {DIRECTIONS.map((direction) => {
              const arrows = DIRECTION_ARROWS[direction];
              return (
                <li key={direction}>
                  <svg viewBox="0 0 40 12" width="40" height="12" aria-hidden="true">
                    <line x1="6" y1="6" x2="33" y2="6" stroke={colours.fg} strokeWidth="2" />
                    {arrows.source === 'triangle' ? <path d="M1 6l7-4v8z" fill={colours.fg} /> : null}
                    {arrows.source === 'circle' ? <circle cx="5" cy="6" r="3.5" fill={colours.fg} /> : null}
                    {arrows.target === 'triangle' ? <path d="M39 6l-7-4v8z" fill={colours.fg} /> : <path d="M39 6l-8-4 3 4-3 4z" fill={colours.fg} />}
                  </svg>
                  {arrows.label}
                </li>
              );
            })}
            <li>
              <svg viewBox="0 0 40 12" width="40" height="12" aria-hidden="true">
                <line x1="1" y1="6" x2="39" y2="6" stroke={colours.fg} strokeWidth="5" />
              </svg>
              Several integrations (count on the line)
            </li>
          </ul>
        </section>
      </div>
    </details>
  );
}
