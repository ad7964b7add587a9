import { describe, expect, it } from 'vitest';
import { archiveBaseName, buildOutputProject, projectOfArtifacts, projectOfBuildOutputs } from './jvm-artifacts.js';
import { gradleArchiveNames } from '../../discovery/sources/project-markers.js';

describe('archiveBaseName', () => {
  it.each([
    ['war.war', 'war'],
    ['mae-consumer-job.jar', 'mae-consumer-job'],
    ['metadata-jobs/mae-consumer-job/build/libs/mae-consumer-job-*.jar', 'mae-consumer-job'],
    ['target/orders-1.2.0-SNAPSHOT.jar', 'orders'],
    ['/src/app/build/libs/app-0.4.2-all.jar', 'app'],
    ['https://repo1.maven.org/jetty-runner-9.4.jar', undefined],
    ['build/libs/*.jar', undefined],
    ['${APP}.jar', undefined],
    ['start.sh', undefined],
  ])('%s → %s', (source, name) => expect(archiveBaseName(source)).toBe(name));
});

describe('projectOfArtifacts', () => {
  const projects = [
    { project: 'war', artifacts: new Set(['war']) },
    { project: 'upgrade', artifacts: new Set(['upgrade', 'acme-upgrade-cli']) },
    { project: 'twin', artifacts: new Set(['app']) },
    { project: 'other-twin', artifacts: new Set(['app']) },
  ];
  it.each([
    [['war', 'opentelemetry-javaagent'], 'war'],
    [['acme-upgrade-cli'], 'upgrade'],
    [['kafka-topic-tool'], undefined],
    [['app'], undefined],
    [['war', 'upgrade'], undefined],
    [[], undefined],
  ])('%j → %s', (artifacts, project) => expect(projectOfArtifacts(artifacts, projects)).toBe(project));
});

describe('gradleArchiveNames', () => {
  it.each([
    ["jar {\n    archiveBaseName = 'acme-upgrade-cli'\n}", ['acme-upgrade-cli']],
    ['tasks.bootJar { archiveFileName.set("orders.jar") }', ['orders']],
    ["archivesBaseName = 'legacy'", ['legacy']],
    ['base { archivesName = "api" }', ['api']],
    ["// archiveBaseName = 'commented'\njar { archiveBaseName = \"${project.name}-x\" }", []],
  ])('%s', (text, names) => expect(gradleArchiveNames(text)).toEqual(names));
});

describe('buildOutputProject', () => {
  it.each([
    ['cli/build/executable/acme-*', 'cli'],
    ['./cli/build/executable/acme-*', 'cli'],
    ['metadata-jobs/mae-consumer-job/build/libs/mae-consumer-job-*.jar', 'metadata-jobs/mae-consumer-job'],
    ['server/build/install/server', 'server'],
    ['server/build/distributions/server.tar', 'server'],
    ['orders/target/orders-1.2.0.jar', 'orders'],
    ['orders/target/', 'orders'],
    ['build/libs/app.jar', undefined],
    ['target/app.jar', undefined],
    ['/src/cli/build/libs/cli.jar', undefined],
    ['${MODULE}/build/libs/app.jar', undefined],
    ['../cli/build/libs/cli.jar', undefined],
    ['cli/src/main/resources/logback.xml', undefined],
    ['docs/build/html', undefined],
  ])('%s → %s', (source, folder) => expect(buildOutputProject(source)).toBe(folder));
});

describe('projectOfBuildOutputs', () => {
  const projects = [
    { project: 'cli', roots: new Set(['cli']) },
    { project: 'orders', roots: new Set(['backend/orders']) },
    { project: 'billing', roots: new Set(['backend/billing']) },
  ];
  it.each<[string[], string, string | undefined]>([
    [['cli'], '', 'cli'],
    [['cli'], '.', 'cli'],
    [['orders'], 'backend', 'orders'],
    [['orders'], '', undefined],
    [['orders', 'billing'], 'backend', undefined],
    [['worker'], '', undefined],
    [[], '', undefined],
  ])('%j in context %j → %s', (folders, context, project) => expect(projectOfBuildOutputs(folders, context, projects)).toBe(project));
});
