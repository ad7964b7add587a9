import { describe, expect, it } from 'vitest';
import { archiveBaseName, projectOfArtifacts } from './jvm-artifacts.js';
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
