/**
 * Keyboard shortcuts, kept pure so the table can be tested without a browser: "g" then a letter
 * goes to a page (as in GitHub and Gmail), "/" focuses the page's search box, "?" lists them.
 */
export const GO_TO: Record<string, { path: string; label: string }> = {
  d: { path: '/', label: 'Dashboard' },
  m: { path: '/map', label: 'Map' },
  i: { path: '/inventory', label: 'Inventory' },
  r: { path: '/discovery', label: 'Discovery review' },
  a: { path: '/assessment', label: 'Assessment' },
  p: { path: '/prioritisation', label: 'Prioritisation' },
};

export type ShortcutAction = { kind: 'navigate'; path: string } | { kind: 'focus-search' } | { kind: 'help' } | { kind: 'pending-go' } | { kind: 'none' };

/** Keys typed into a field belong to the field, never to a shortcut. */
export function isTypingTarget(tagName: string | undefined, editable: boolean): boolean {
  return editable || tagName === 'INPUT' || tagName === 'TEXTAREA' || tagName === 'SELECT';
}

/** What a key press means, given whether "g" was just pressed. */
export function shortcutFor(key: string, afterGo: boolean, modifiers: { ctrl: boolean; meta: boolean; alt: boolean }): ShortcutAction {
  if (modifiers.ctrl || modifiers.meta || modifiers.alt) return { kind: 'none' };
  if (afterGo) {
    const target = GO_TO[key.toLowerCase()];
    return target ? { kind: 'navigate', path: target.path } : { kind: 'none' };
  }
  if (key === 'g') return { kind: 'pending-go' };
  if (key === '/') return { kind: 'focus-search' };
  if (key === '?') return { kind: 'help' };
  return { kind: 'none' };
}
