/** Where a finding was seen: file and line, and the line itself in monospace. */
export interface EvidenceItem {
  file: string;
  line?: number | undefined;
  excerpt?: string | undefined;
}

/** The first few places are shown; the rest fold away so a busy finding does not fill the page. */
const SHOWN = 2;

function Place({ item }: { item: EvidenceItem }) {
  return (
    <li>
      <code className="evidence-place">{item.line ? `${item.file}:${item.line}` : item.file}</code>
      {item.excerpt ? <pre className="evidence-excerpt">{item.excerpt}</pre> : null}
    </li>
  );
}

export function Evidence({ items }: { items: readonly EvidenceItem[] | undefined }) {
  if (!items || items.length === 0) return <span className="muted">No evidence recorded</span>;
  const rest = items.slice(SHOWN);
  return (
    <div className="evidence">
      <ul>
        {items.slice(0, SHOWN).map((item, index) => (
          <Place key={index} item={item} />
        ))}
      </ul>
      {rest.length > 0 ? (
        <details>
          <summary>{rest.length} more {rest.length === 1 ? 'place' : 'places'}</summary>
          <ul>
            {rest.map((item, index) => (
              <Place key={index} item={item} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
