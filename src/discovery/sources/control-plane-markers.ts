/**
 * Control-plane servers a team builds itself instead of running an image: a Spring Boot app that
 * is a Spring Cloud Config Server, a Eureka registry, a Spring Boot Admin or Zipkin server. The
 * annotation that turns it on (`@EnableConfigServer`) or the starter its build depends on
 * (`spring-cloud-config-server`) says so; resolution then keeps the component as a system with no
 * integrations, as it does for the registries and telemetry backends known by their image.
 *
 * Read with patterns, not a parser: an annotation at the start of a line (so not in a `//` or
 * `/* *\/` comment) and an artifact id in a Maven `<artifactId>` or a Gradle coordinate are all
 * it takes, and every Java and Kotlin file passes through here, so it must stay cheap.
 */
import type { ControlPlaneFact, ControlPlaneRole, Fact, SourceFile } from '../../core/discovery/facts.js';
import type { Source, SourceContext } from '../source.js';
import { lineOfOffset } from '../source.js';

interface Marker {
  role: ControlPlaneRole;
  technology: string;
}

/** Annotations that make a Spring Boot app a control-plane server. */
const ANNOTATIONS: Record<string, Marker> = {
  EnableConfigServer: { role: 'config', technology: 'Spring Cloud Config Server' },
  EnableEurekaServer: { role: 'registry', technology: 'Eureka' },
  EnableAdminServer: { role: 'monitoring', technology: 'Spring Boot Admin' },
  EnableZipkinServer: { role: 'tracing', technology: 'Zipkin' },
  EnableHystrixDashboard: { role: 'monitoring', technology: 'Hystrix Dashboard' },
  EnableTurbine: { role: 'monitoring', technology: 'Hystrix Dashboard' },
};

/** Build dependencies (artifact ids) that make a project a control-plane server. */
const ARTIFACTS: Record<string, Marker> = {
  'spring-cloud-config-server': { role: 'config', technology: 'Spring Cloud Config Server' },
  'spring-cloud-starter-netflix-eureka-server': { role: 'registry', technology: 'Eureka' },
  'spring-cloud-netflix-eureka-server': { role: 'registry', technology: 'Eureka' },
  'spring-boot-admin-starter-server': { role: 'monitoring', technology: 'Spring Boot Admin' },
  'spring-boot-admin-server': { role: 'monitoring', technology: 'Spring Boot Admin' },
  'zipkin-server': { role: 'tracing', technology: 'Zipkin' },
  'spring-cloud-starter-netflix-hystrix-dashboard': { role: 'monitoring', technology: 'Hystrix Dashboard' },
};

const ANNOTATION = new RegExp(`^[ \\t]*@(${Object.keys(ANNOTATIONS).join('|')})\\b`, 'gm');
const ARTIFACT_NAMES = Object.keys(ARTIFACTS).map((name) => name.replace(/-/g, '\\-')).join('|');
/** `<artifactId>spring-cloud-config-server</artifactId>`. */
const MAVEN_ARTIFACT = new RegExp(`<artifactId>\\s*(${ARTIFACT_NAMES})\\s*</artifactId>`, 'g');
/** `implementation 'org.springframework.cloud:spring-cloud-config-server'`, `("group:name:1.0")`. */
const GRADLE_ARTIFACT = new RegExp(`["'][\\w.-]+:(${ARTIFACT_NAMES})(?::[^"']*)?["']`, 'g');

const CODE_FILE = /\.(java|kt|groovy)$/i;
const BUILD_FILE = /(^|\/)(pom\.xml|build\.gradle(\.kts)?)$/;

/** The control-plane marker source. */
export const controlPlaneMarkers: Source = {
  name: 'control-plane-markers',
  // Test code may start a registry of its own to test against; that says nothing of the app.
  extensions: ['.java', '.kt', '.groovy', '.xml', '.gradle', '.kts'],
  accepts: (path) => (CODE_FILE.test(path) || BUILD_FILE.test(path)) && !/(^|\/)src\/test\//.test(path),
  read(file: SourceFile, context: SourceContext): Fact[] {
    if (!file.text.includes(CODE_FILE.test(file.path) ? '@Enable' : 'server')) return [];
    const found = new Map<string, ControlPlaneFact>();
    const add = (marker: Marker, offset: number): void => {
      if (found.has(marker.technology)) return;
      found.set(marker.technology, { type: 'control-plane', ...marker, evidence: context.evidenceAt(lineOfOffset(file.text, offset)) });
    };
    if (CODE_FILE.test(file.path)) {
      for (const match of file.text.matchAll(ANNOTATION)) add(ANNOTATIONS[match[1] as string] as Marker, match.index);
    } else if (file.path.endsWith('pom.xml')) {
      // Managed versions are offers to the modules below, not dependencies of this one: blanked, keeping offsets.
      const text = file.text.replace(/<dependencyManagement>[\s\S]*?<\/dependencyManagement>/g, (block) => block.replace(/[^\n]/g, ' '));
      for (const match of text.matchAll(MAVEN_ARTIFACT)) add(ARTIFACTS[match[1] as string] as Marker, match.index);
    } else {
      for (const match of file.text.matchAll(GRADLE_ARTIFACT)) {
        const lineStart = file.text.lastIndexOf('\n', match.index) + 1;
        if (file.text.slice(lineStart, match.index).trimStart().startsWith('//')) continue;
        add(ARTIFACTS[match[1] as string] as Marker, match.index);
      }
    }
    return [...found.values()];
  },
};
