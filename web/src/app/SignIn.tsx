/** Asks for an API token when the server requires one (`patchbay serve --auth`). */
import { useState, type FormEvent } from 'react';
import { get } from '../api/client';
import { ApiProblem } from '../api/problem';
import { setToken } from '../api/token';
import { ProblemAlert } from '../components/ProblemAlert';

export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setToken(secret.trim());
    try {
      await get('/api/v1/systems', { limit: 1 });
      onSignedIn();
    } catch (caught) {
      setToken(null);
      setError(caught instanceof ApiProblem && caught.status === 401 ? new ApiProblem(401, { title: 'That token was not accepted', detail: 'Check it was copied whole, or create one with `patchbay token create --name <you> --scope write`.' }) : caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Patchbay</h1>
        <p>This server requires an API token. Paste one created with <code>patchbay token create</code>.</p>
        <label htmlFor="token">API token</label>
        <input id="token" name="token" type="password" autoComplete="off" autoFocus value={secret} onChange={(event) => setSecret(event.target.value)} required />
        <button type="submit" disabled={busy || secret.trim() === ''}>
          Sign in
        </button>
        <ProblemAlert error={error} />
      </form>
    </main>
  );
}
