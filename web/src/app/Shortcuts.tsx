/** Listens for the keyboard shortcuts (see shortcuts.ts) and shows their list on "?". */
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { GO_TO, isTypingTarget, shortcutFor } from './shortcuts';

export function Shortcuts() {
  const navigate = useNavigate();
  const [helpOpen, setHelpOpen] = useState(false);
  const afterGo = useRef<number | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (isTypingTarget(target?.tagName, target?.isContentEditable === true)) return;
      const action = shortcutFor(event.key, afterGo.current !== null, { ctrl: event.ctrlKey, meta: event.metaKey, alt: event.altKey });
      if (afterGo.current !== null) {
        window.clearTimeout(afterGo.current);
        afterGo.current = null;
      }
      switch (action.kind) {
        case 'pending-go':
          afterGo.current = window.setTimeout(() => (afterGo.current = null), 1_500);
          break;
        case 'navigate':
          event.preventDefault();
          navigate(action.path);
          break;
        case 'focus-search': {
          const search = document.querySelector<HTMLInputElement>('main input[type="search"], main [data-search]');
          if (search) {
            event.preventDefault();
            search.focus();
          }
          break;
        }
        case 'help':
          setHelpOpen(true);
          break;
        case 'none':
          break;
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  useEffect(() => {
    if (helpOpen && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [helpOpen]);

  if (!helpOpen) return null;
  return (
    <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-title" onClose={() => setHelpOpen(false)}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl>
        {Object.entries(GO_TO).map(([key, { label }]) => (
          <div key={key}>
            <dt>
              <kbd>g</kbd> <kbd>{key}</kbd>
            </dt>
            <dd>{label}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>/</kbd>
          </dt>
          <dd>Search on this page</dd>
        </div>
        <div>
          <dt>
            <kbd>?</kbd>
          </dt>
          <dd>This list</dd>
        </div>
      </dl>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
