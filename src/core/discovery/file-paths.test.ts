import { describe, expect, it } from 'vitest';
import { fileNameGlob, folderOf, hasComposeName, isComposeFile, isManifestPath, isTestCode } from './file-paths.js';

describe('folderOf', () => {
  it.each([
    ['src/frontend/main.go', 'src/frontend'],
    ['main.go', ''],
  ])('%s is in %s', (path, folder) => {
    expect(folderOf(path)).toBe(folder);
  });
});

describe('isTestCode', () => {
  it.each([
    ['booking/tests/unit/test_cancel_booking.py', true],
    ['orders/test_service.py', true],
    ['orders/service_test.py', true],
    ['orders/conftest.py', true],
    ['cmd/geo/db_test.go', true],
    ['web/src/api.test.ts', true],
    ['web/src/api.spec.js', true],
    ['web/__tests__/api.js', true],
    ['gateway/test/e2e.ts', true],
    ['payments/src/test/java/com/acme/PaymentClient.java', true],
    ['payments/src/main/java/com/acme/PaymentClientTest.java', true],
    ['Ordering.API.Tests/OrderTests.cs', true],
    ['tests/Basket.UnitTests/Setup.cs', true],
    ['src/Ordering.FunctionalTests/Setup.cs', true],
    ['src/Ordering.API/Program.cs', false],
    ['details/spec/details_spec.rb', true],
    ['cmd/geo/db.go', false],
    ['orders/service.py', false],
    ['orders/testing_utils.py', false],
    ['web/src/contest.ts', false],
    ['payments/src/main/java/com/acme/Attestation.java', false],
    ['loadtest/locustfile.py', false],
    ['latest/app.py', false],
    ['inspect/handlers.go', false],
  ])('%s: %s', (path, expected) => {
    expect(isTestCode(path)).toBe(expected);
  });
});

describe('isComposeFile', () => {
  it.each([
    ['docker-compose.yml', true, true],
    ['ops/compose.prod.yaml', true, true],
    // A folder kept for Compose files: Compose by path, whatever the name, and still maybe a
    // manifest (each source checks the content); only a Compose name rules a manifest out.
    ['compose/infrastructure.yml', true, false],
    ['deploy/docker-compose/services.yaml', true, false],
    ['compose/nested/services.yml', false, false],
    ['k8s/deployment.yaml', false, false],
  ])('%s: compose %s, named so %s', (path, compose, named) => {
    expect(isComposeFile(path)).toBe(compose);
    expect(hasComposeName(path)).toBe(named);
    expect(isManifestPath(path)).toBe(!named);
  });
});

describe('fileNameGlob', () => {
  it.each<[string, string, boolean]>([
    ['*.js', 'queue.js', true],
    ['*.js', 'queue.ts', false],
    ['*.conf', 'sites/a.conf', false],
    ['worker-?.js', 'worker-1.js', true],
    ['worker-?.js', 'worker-12.js', false],
    ['[ab].js', 'b.js', true],
    ['[!a].js', 'a.js', false],
    ['httpd.conf', 'httpd.conf', true],
    ['httpd.conf', 'httpdxconf', false],
  ])('%s matches %s: %s', (pattern, name, matches) => {
    expect(fileNameGlob(pattern).test(name)).toBe(matches);
  });
});
