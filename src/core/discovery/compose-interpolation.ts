/**
 * Compose interpolation. Compose fills `${VAR}` in a compose file from the `.env` file of the
 * project folder (the compose file's folder) before it runs anything: the image a service runs
 * (`image: ${IMAGE_NAME}:${DEMO_VERSION}-cart`), its environment, its ports. A source reads one
 * file and does no I/O, so the compose source cannot see that `.env`; it reports what it read
 * with the written value beside it (`compose` on a binding or component fact), and resolution
 * calls `interpolateComposeFacts` first, with the `.env` bindings the env-file source made for
 * the same folder. Facts of a compose file with no `.env` beside it keep their defaults.
 */
import type { BindingFact, ComponentFact, Fact } from './facts.js';
import { imageInfo, imageName } from './images.js';
import { maskSetting } from './redact.js';
import { folderOf } from './file-paths.js';

/** A variable name, as Compose allows it. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Compose's interpolation of one value: `$$` is a `$`; `${VAR}` and `$VAR` take the variable's
 * value; `${VAR:-default}` (unset or empty) and `${VAR-default}` (unset) fall back; `${VAR:+alt}`
 * and `${VAR+alt}` give `alt` when set; `${VAR:?error}` requires it. Defaults may nest. A variable
 * nothing sets is left as written (Compose would put an empty string): its value is decided where
 * it is deployed, and the name is all there is to follow.
 */
export function interpolateCompose(value: string, variables: ReadonlyMap<string, string>): string {
  let result = '';
  let index = 0;
  while (index < value.length) {
    const dollar = value.indexOf('$', index);
    if (dollar < 0) break;
    result += value.slice(index, dollar);
    const next = value[dollar + 1];
    if (next === '$') {
      result += '$';
      index = dollar + 2;
      continue;
    }
    if (next !== '{') {
      const name = NAME.exec(value.slice(dollar + 1))?.[0];
      if (name === undefined) {
        result += '$';
        index = dollar + 1;
        continue;
      }
      result += variables.get(name) ?? `$${name}`;
      index = dollar + 1 + name.length;
      continue;
    }
    const end = closingBrace(value, dollar + 1);
    if (end < 0) {
      result += value.slice(dollar);
      index = value.length;
      break;
    }
    const written = value.slice(dollar, end + 1);
    const body = value.slice(dollar + 2, end);
    const name = NAME.exec(body)?.[0];
    const operator = name === undefined ? undefined : /^(:?[-+?])?/.exec(body.slice(name.length))?.[0];
    if (name === undefined || operator === undefined) {
      result += written;
    } else {
      const rest = body.slice(name.length + operator.length);
      const set = variables.get(name);
      if (operator === '' ) result += set ?? written;
      else if (operator === ':-' || operator === '-') result += set ?? interpolateCompose(rest, variables);
      else if (operator === ':+' || operator === '+') result += set === undefined ? '' : interpolateCompose(rest, variables);
      else result += set ?? `\${${name}}`;
    }
    index = end + 1;
  }
  return result + value.slice(index);
}

/** The index of the `}` closing the `{` at `open`, by depth; -1 when there is none. */
export function closingBrace(value: string, open: number): number {
  let depth = 0;
  for (let cursor = open; cursor < value.length; cursor += 1) {
    if (value[cursor] === '{') depth += 1;
    else if (value[cursor] === '}' && (depth -= 1) === 0) return cursor;
  }
  return -1;
}

/** Whether a value still holds a `${…}` or `$VAR` nothing set. */
export function holdsVariable(value: string): boolean {
  return /\$(\{|[A-Za-z_])/.test(value.replace(/\$\$/g, ''));
}

/**
 * The variables of a `.env` file, given as its bindings in line order: each value is interpolated
 * with those before it (`CART_ADDR=cart:${CART_PORT}` after `CART_PORT=7070`), as Compose reads it.
 */
export function dotenvVariables(bindings: readonly BindingFact[]): Map<string, string> {
  const variables = new Map<string, string>();
  for (const binding of [...bindings].sort((left, right) => left.evidence.line - right.evidence.line)) variables.set(binding.key, interpolateCompose(binding.value, variables));
  return variables;
}

/**
 * A bound value masked as sources mask theirs: an interpolated value may bring a secret under a
 * key that says so (`JWT_SECRET: ${JWT_VALUE}`) though the `.env` key did not.
 */
const masked = (key: string, value: string): string => maskSetting(key, value, holdsVariable);


/**
 * The container side of a compose `ports` or `expose` entry: `"8080:80"` → 80,
 * `"127.0.0.1:5433:5432"` → 5432, `"9000-9001:9000-9001/tcp"` → 9000. Undefined when it is not a port.
 */
export function containerPort(text: string | undefined): number | undefined {
  const container = text?.replace(/\/(tcp|udp|sctp)$/i, '').split(':').pop()?.split('-')[0]?.trim() ?? '';
  const port = /^\d{1,5}$/.test(container) ? Number(container) : NaN;
  return port > 0 && port < 65536 ? port : undefined;
}

/**
 * The host and container sides of a compose `ports` entry that publishes a port: `"3000:4000"`,
 * `"127.0.0.1:3000:4000"` (a range by its first ports); none for a bare container port (`"4000"`,
 * published on a random host port) or a variable left unfilled.
 */
export function publishedPort(text: string | undefined): { host: number; container: number } | undefined {
  const parts = text?.replace(/\/(tcp|udp|sctp)$/i, '').split(':') ?? [];
  if (parts.length < 2) return undefined;
  const host = Number(parts[parts.length - 2]?.split('-')[0]?.trim());
  const container = containerPort(text);
  return Number.isInteger(host) && host > 0 && host < 65536 && container !== undefined ? { host, container } : undefined;
}

/**
 * The facts with the written values of compose files filled in from the `.env` beside each
 * (see the top of this file). The `.env` bindings themselves are interpolated too, so code of that
 * folder reading `CART_ADDR` gets `cart:7070`. A pass-through environment entry (`- CART_ADDR`)
 * that the `.env` does not set binds nothing; an image whose name came from a variable and that
 * several services of the file share (`${IMAGE_NAME}:${DEMO_VERSION}-cart`) is no alias.
 */
export function interpolateComposeFacts(facts: readonly Fact[]): Fact[] {
  const dotenvs = new Map<string, BindingFact[]>();
  for (const fact of facts) {
    if (fact.type !== 'binding' || fact.scope === undefined || !/(^|\/)\.env$/.test(fact.evidence.file) || fact.scope !== folderOf(fact.evidence.file)) continue;
    dotenvs.set(fact.scope, [...(dotenvs.get(fact.scope) ?? []), fact]);
  }
  const variablesOf = new Map<string, Map<string, string>>();
  for (const [folder, bindings] of dotenvs) variablesOf.set(folder, dotenvVariables(bindings));
  const empty = new Map<string, string>();
  const variablesFor = (fact: Fact): ReadonlyMap<string, string> => variablesOf.get(folderOf(fact.evidence.file)) ?? empty;

  // Image names per compose file, after interpolation, to tell the ones several services share.
  const imagesPerFile = new Map<string, Map<string, number>>();
  const interpolatedImage = new Map<ComponentFact, string>();
  for (const fact of facts) {
    if (fact.type !== 'component' || fact.compose?.image === undefined) continue;
    const image = interpolateCompose(fact.compose.image, variablesFor(fact));
    interpolatedImage.set(fact, image);
    const counts = imagesPerFile.get(fact.evidence.file) ?? new Map<string, number>();
    const name = imageName(image);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    imagesPerFile.set(fact.evidence.file, counts);
  }

  const result: Fact[] = [];
  for (const fact of facts) {
    if (fact.type === 'binding' && fact.scope !== undefined && fact.value.includes('$') && dotenvs.get(fact.scope)?.includes(fact)) {
      const value = variablesOf.get(fact.scope)?.get(fact.key);
      result.push(value === undefined || value === fact.value ? fact : { ...fact, value: masked(fact.key, value) });
    } else if (fact.type === 'binding' && fact.compose !== undefined) {
      const { compose, ...rest } = fact;
      const value = interpolateCompose(compose.written, variablesFor(fact));
      if (compose.passThrough && holdsVariable(value)) continue;
      result.push({ ...rest, value: masked(fact.key, value) });
    } else if (fact.type === 'component' && fact.compose !== undefined) {
      const { compose, ...rest } = fact;
      const component: ComponentFact = { ...rest };
      const image = interpolatedImage.get(fact);
      if (image !== undefined && !holdsVariable(image)) {
        const info = imageInfo(image);
        if (info.kind !== 'application' || info.technology) {
          component.kind = info.kind;
          if (info.technology) component.technology = info.technology;
        }
        if (component.kind === 'application' && !component.technology) component.composeImage = imageName(image);
        else delete component.composeImage;
        const shared = (imagesPerFile.get(fact.evidence.file)?.get(imageName(image)) ?? 0) > 1;
        if (info.alias && !shared && info.alias !== fact.name) component.aliases = [...new Set([...(component.aliases ?? []), info.alias])];
      }
      for (const written of compose.aliases ?? []) {
        const alias = interpolateCompose(written, variablesFor(fact)).trim();
        if (alias !== '' && !holdsVariable(alias) && alias.toLowerCase() !== fact.name.toLowerCase()) component.aliases = [...new Set([...(component.aliases ?? []), alias])];
      }
      if (compose.ports) {
        const ports = new Set(component.ports ?? []);
        for (const written of compose.ports) {
          const port = containerPort(interpolateCompose(written, variablesFor(fact)));
          if (port !== undefined) ports.add(port);
        }
        if (ports.size > 0) component.ports = [...ports];
      }
      result.push(component);
    } else {
      result.push(fact);
    }
  }
  return result;
}
