/** Scan-relative file paths (`/`-separated, relative to the scan root). */

/** The folder of a file (`src/frontend/main.go` → `src/frontend`; '' for a file at the scan root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * Test code: what a test runner runs, never a deployed service. Its clients talk to mocks, fakes
 * and local containers, or, worse, to the real names a test environment borrows from the
 * deployment (`receive_message(QueueUrl=os.environ["REFUND_QUEUE_URL"])` checking what a function
 * sent), so it makes no integration. Folders test runners collect (`test/`, `tests/`,
 * `__tests__/`, `src/test/`, RSpec's `spec/`, .NET test projects `Basket.UnitTests/`) and the file names of each language's convention.
 */
const TEST_FOLDER = /(?:^|\/)(?:tests?|__tests__|__mocks__|spec|e2e|src\/(?:test|it|integrationTest|testFixtures)|[^/]+\.[a-z]*tests?)\//i;
const TEST_FILE = /(?:^|\/)(?:test_[^/]*\.py|[^/]*_test\.(?:py|go|rb|exs?)|conftest\.py|[^/]*\.(?:test|spec|e2e-spec)\.[cm]?[jt]sx?|[^/]*(?:Tests?|IT|Spec)\.(?:java|kt|cs|php|scala)|[^/]*_spec\.rb)$/;

/** Whether a scan-relative path is test code (see TEST_FOLDER and TEST_FILE). */
export function isTestCode(path: string): boolean {
  return TEST_FOLDER.test(path) || TEST_FILE.test(path);
}
