/**
 * The app's frame: navigation, sign-in when the server asks for a token, and one URL per view
 * (filters live in the query string so every view can be bookmarked and shared).
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { BrowserRouter, NavLink, Route, Routes } from 'react-router';
import { AccessContext, type Access } from '../api/access';
import { get } from '../api/client';
import { ApiProblem } from '../api/problem';
import { currentToken, onUnauthorised, setToken } from '../api/token';
import { Loading } from '../components/Page';
import { ProblemAlert } from '../components/ProblemAlert';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { Shortcuts } from './Shortcuts';
import { SignIn } from './SignIn';
import { ThemeToggle } from './ThemeToggle';

// The map and the charts carry the large libraries; they load when first opened.
const MapPage = lazy(() => import('../pages/map/MapPage').then((module) => ({ default: module.MapPage })));
const InventoryPage = lazy(() => import('../pages/inventory/InventoryPage').then((module) => ({ default: module.InventoryPage })));
const DiscoveryPage = lazy(() => import('../pages/discovery/DiscoveryPage').then((module) => ({ default: module.DiscoveryPage })));
const AssessmentPage = lazy(() => import('../pages/assessment/AssessmentPage').then((module) => ({ default: module.AssessmentPage })));
const PrioritisationPage = lazy(() => import('../pages/prioritisation/PrioritisationPage').then((module) => ({ default: module.PrioritisationPage })));

const NAV = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/map', label: 'Map' },
  { to: '/inventory', label: 'Inventory' },
  { to: '/discovery', label: 'Discovery' },
  { to: '/assessment', label: 'Assessment' },
  { to: '/prioritisation', label: 'Prioritisation' },
];

type AccessState = 'checking' | { granted: Access } | 'needs-token' | { failed: unknown };

export function App() {
  const [access, setAccess] = useState<AccessState>('checking');

  // Asked again after each sign-in: another token may carry other scopes.
  const [signIns, setSignIns] = useState(0);
  useEffect(() => {
    let live = true;
    get<Access>('/api/v1/session')
      .then((granted) => live && setAccess({ granted }))
      .catch((error: unknown) => live && setAccess(error instanceof ApiProblem && error.status === 401 ? 'needs-token' : { failed: error }));
    const stop = onUnauthorised(() => setAccess('needs-token'));
    return () => {
      live = false;
      stop();
    };
  }, [signIns]);

  if (access === 'checking') return <Loading what="Patchbay" />;
  if (access === 'needs-token') return <SignIn
        onSignedIn={() => {
          setAccess('checking');
          setSignIns((count) => count + 1);
        }}
      />;
  if ('failed' in access) {
    return (
      <main className="sign-in">
        <ProblemAlert error={access.failed} title="Patchbay's API cannot be reached" />
      </main>
    );
  }

  const readOnly = !access.granted.scopes.includes('write');
  return (
    <AccessContext.Provider value={access.granted}>
    <BrowserRouter>
      <Shortcuts />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="shell">
        <nav className="sidebar" aria-label="Main">
          <div className="brand">Patchbay</div>
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end ?? false}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
          <div className="sidebar-foot">
            <ThemeToggle />
            {readOnly ? (
              <p className="read-only-note" role="note">
                Read-only: <strong>{access.granted.token}</strong> may look but not change. Sign in with a write token to edit.
              </p>
            ) : null}
            {currentToken() ? (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setToken(null);
                  setAccess('needs-token');
                }}
              >
                Sign out
              </button>
            ) : null}
            <a href="/docs">API docs</a>
            <span className="shortcut-hint">
              Press <kbd>?</kbd> for shortcuts
            </span>
          </div>
        </nav>
        <main id="main" className="content" tabIndex={-1}>
          <Suspense fallback={<Loading what="the page" />}>
            <Routes>
              <Route path="/" element={<DashboardPage />} />
              <Route path="/map" element={<MapPage />} />
              <Route path="/inventory/*" element={<InventoryPage />} />
              <Route path="/discovery" element={<DiscoveryPage />} />
              <Route path="/assessment" element={<AssessmentPage />} />
              <Route path="/prioritisation" element={<PrioritisationPage />} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </main>
      </div>
    </BrowserRouter>
    </AccessContext.Provider>
  );
}

function NotFound() {
  return (
    <section className="page">
      <h1 id="page-title">Not found</h1>
      <p>
        There is no page here. <NavLink to="/">Go to the dashboard</NavLink>.
      </p>
    </section>
  );
}
