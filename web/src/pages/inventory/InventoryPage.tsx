/**
 * The inventory: teams, domains, systems and integrations as tables, with a page per entity and
 * forms to add and edit. Every view has its own URL under /inventory.
 */
import { Navigate, Route, Routes, useParams } from 'react-router';
import { Page } from '../../components/Page';
import { EntityDetail } from './EntityDetail';
import { EntityEditor } from './EntityEditor';
import { EntityList } from './EntityList';
import { InventoryTabs } from './InventoryTabs';
import { kindOfPlural } from './kinds';
import './inventory.css';

function UnknownList() {
  return (
    <Page title="Inventory">
      <InventoryTabs />
      <p>There is no such list in the inventory. Choose one above.</p>
    </Page>
  );
}

function ListRoute() {
  const info = kindOfPlural(useParams().plural);
  return info ? <EntityList key={info.kind} kind={info.kind} /> : <UnknownList />;
}

function NewRoute() {
  const info = kindOfPlural(useParams().plural);
  return info ? <EntityEditor key={`new-${info.kind}`} kind={info.kind} /> : <UnknownList />;
}

function DetailRoute() {
  const params = useParams();
  const info = kindOfPlural(params.plural);
  return info && params.id ? <EntityDetail key={`${info.kind}-${params.id}`} kind={info.kind} id={params.id} /> : <UnknownList />;
}

function EditRoute() {
  const params = useParams();
  const info = kindOfPlural(params.plural);
  return info && params.id ? <EntityEditor key={`${info.kind}-${params.id}`} kind={info.kind} id={params.id} /> : <UnknownList />;
}

export function InventoryPage() {
  return (
    <div className="inventory">
      <Routes>
      <Route index element={<Navigate to="integrations" replace />} />
      <Route path=":plural" element={<ListRoute />} />
      <Route path=":plural/new" element={<NewRoute />} />
      <Route path=":plural/:id" element={<DetailRoute />} />
      <Route path=":plural/:id/edit" element={<EditRoute />} />
      <Route path="*" element={<UnknownList />} />
      </Routes>
    </div>
  );
}
