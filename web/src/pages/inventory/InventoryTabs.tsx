/** The inventory's four lists; each tab is a link, so it has a URL and works with the keyboard. */
import { NavLink } from 'react-router';
import { KINDS, KIND_ORDER, listPath } from './kinds';

export function InventoryTabs() {
  return (
    <nav className="inventory-tabs" aria-label="Inventory">
      {KIND_ORDER.map((kind) => (
        <NavLink key={kind} to={listPath(kind)}>
          {KINDS[kind].title}
        </NavLink>
      ))}
    </nav>
  );
}
