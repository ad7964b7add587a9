/**
 * What the signed-in token may do, asked once from `/api/v1/session`, so pages offer only the
 * actions that will be accepted: a read-only token sees the catalog without buttons that would
 * each end in "forbidden". The server still checks every request; this only shapes the page.
 */
import { createContext, useContext } from 'react';

export interface Access {
  authRequired: boolean;
  token: string | null;
  scopes: ('read' | 'write')[];
}

/** With no session known (tests rendering a page alone), assume the open server's full access. */
export const OPEN_ACCESS: Access = { authRequired: false, token: null, scopes: ['read', 'write'] };

export const AccessContext = createContext<Access>(OPEN_ACCESS);

/** Whether changes are allowed: the pages hide their write actions when not. */
export function useCanWrite(): boolean {
  return useContext(AccessContext).scopes.includes('write');
}
