import { Route, Routes } from "react-router-dom";
import { useAuth } from "react-oidc-context";
import ProductList from "./components/ProductList";

export default function App() {
  const auth = useAuth();

  return (
    <div className="app">
      <header>
        <h1>TideMart</h1>
        {auth.isAuthenticated ? (
          <button onClick={() => auth.signoutRedirect()}>Sign out {auth.user?.profile.name}</button>
        ) : (
          <button onClick={() => auth.signinRedirect()}>Sign in</button>
        )}
      </header>
      <Routes>
        <Route path="/" element={<ProductList />} />
        <Route path="/callback" element={<div>Signing in…</div>} />
      </Routes>
    </div>
  );
}
