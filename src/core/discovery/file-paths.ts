/** Scan-relative file paths (`/`-separated, relative to the scan root). */

/** The folder of a file (`src/frontend/main.go` → `src/frontend`; '' for a file at the scan root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
