/**
 * Go build constraints (`go help buildconstraint`): a file whose `//go:build` line (or legacy
 * `// +build` lines) holds only with a tag the build must be given (`//go:build nats`, `//go:build
 * integration`, `//go:build ignore`) is not compiled by a plain `go build`, so the packages only it
 * imports are not in the binary, and its calls are not the service's. The same for a file named for
 * another operating system (`*_windows.go`): images run Linux.
 *
 * The build is taken to be the default one for a Linux image: `linux` and `unix` hold, as do `gc`
 * and every `go1.N`; other operating systems, `gccgo`, and any tag of the team's own do not. The
 * architecture and `cgo` are not known (an image may be built for arm64, with or without cgo): a
 * constraint on them is left undecided, and only a constraint false whatever they are leaves the
 * file out.
 *
 * Pure: given the file's name and text.
 */

/** GOOS values other than Linux (`go tool dist list`), and `unix`'s members among them. */
const OTHER_SYSTEMS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos']);
/** GOARCH values: which one a build targets is not known. */
const ARCHITECTURES = new Set(['386', 'amd64', 'amd64p32', 'arm', 'arm64', 'arm64be', 'armbe', 'loong64', 'mips', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'mipsle', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm']);

/**
 * Tags a code generator's input files carry: Google Wire's injector (`//go:build wireinject`) is
 * compiled only by `wire`, which writes the `wire_gen.go` the binary is built from. The scan skips
 * generated files, so the injector stands in for it (what it wires is what the binary runs).
 */
const GENERATOR_TAGS = new Set(['wireinject']);

/** A tag's value in the default Linux build: true, false, or undefined when not known. */
function tagValue(tag: string): boolean | undefined {
  if (tag === 'linux' || tag === 'unix' || tag === 'gc' || /^go1\.\d+$/.test(tag)) return true;
  if (ARCHITECTURES.has(tag) || tag === 'cgo' || GENERATOR_TAGS.has(tag)) return undefined;
  return false;
}

/** Three-valued logic (Kleene): undefined is "not known". */
function not(value: boolean | undefined): boolean | undefined {
  return value === undefined ? undefined : !value;
}
function and(left: boolean | undefined, right: boolean | undefined): boolean | undefined {
  if (left === false || right === false) return false;
  return left === true && right === true ? true : undefined;
}
function or(left: boolean | undefined, right: boolean | undefined): boolean | undefined {
  if (left === true || right === true) return true;
  return left === false && right === false ? false : undefined;
}

/** Evaluates a `//go:build` expression (`||`, `&&`, `!`, parentheses, tags); undefined when it does not parse or is not decided. */
export function evaluateBuildExpression(expression: string): boolean | undefined {
  const tokens = expression.match(/\|\||&&|!|\(|\)|[\w.]+|\S/g) ?? [];
  let at = 0;
  let broken = false;
  const primary = (): boolean | undefined => {
    const token = tokens[at++];
    if (token === '!') return not(primary());
    if (token === '(') {
      const value = disjunction();
      if (tokens[at++] !== ')') broken = true;
      return value;
    }
    if (token === undefined || !/^[\w.]+$/.test(token)) {
      broken = true;
      return undefined;
    }
    return tagValue(token);
  };
  const conjunction = (): boolean | undefined => {
    let value = primary();
    while (tokens[at] === '&&') {
      at += 1;
      value = and(value, primary());
    }
    return value;
  };
  const disjunction = (): boolean | undefined => {
    let value = conjunction();
    while (tokens[at] === '||') {
      at += 1;
      value = or(value, conjunction());
    }
    return value;
  };
  const value = disjunction();
  return broken || at !== tokens.length ? undefined : value;
}

/** A legacy `// +build` line: space-separated options OR'ed, comma-separated terms AND'ed, `!` negating one. */
function legacyLine(options: string): boolean | undefined {
  let value: boolean | undefined = false;
  for (const option of options.trim().split(/\s+/)) {
    let term: boolean | undefined = true;
    for (const part of option.split(',')) {
      const negated = part.startsWith('!');
      const tag = negated ? part.slice(1) : part;
      if (!/^[\w.]+$/.test(tag)) return undefined;
      term = and(term, negated ? not(tagValue(tag)) : tagValue(tag));
    }
    value = or(value, term);
  }
  return value;
}

/**
 * Whether a plain Linux `go build` leaves the file out: its build constraint is false whatever
 * the architecture and cgo are, or its name ends in another operating system's suffix
 * (`name_windows.go`, `name_darwin_arm64.go`). Constraints are read from the comment lines before
 * the package clause, as the go tool reads them.
 */
export function excludedFromDefaultBuild(path: string, text: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.go$/, '');
  const parts = name.split('_');
  if (parts.length >= 2) {
    const last = parts[parts.length - 1] as string;
    const system = ARCHITECTURES.has(last) && parts.length >= 3 ? (parts[parts.length - 2] as string) : last;
    if (OTHER_SYSTEMS.has(system)) return true;
  }
  const legacy: string[] = [];
  let inBlock = false;
  for (const raw of text.split(/\r?\n/, 200)) {
    const line = raw.trim();
    if (inBlock) {
      if (line.includes('*/')) inBlock = false;
      continue;
    }
    if (line === '') continue;
    if (line.startsWith('/*')) {
      inBlock = !line.includes('*/');
      continue;
    }
    if (!line.startsWith('//')) break;
    const build = /^\/\/go:build\s+(.+)$/.exec(line);
    if (build) return evaluateBuildExpression(build[1] as string) === false;
    const plus = /^\/\/\s*\+build\s+(.+)$/.exec(line);
    if (plus) legacy.push(plus[1] as string);
  }
  // Each `// +build` line must hold.
  return legacy.length > 0 && legacy.map(legacyLine).reduce<boolean | undefined>((value, line) => and(value, line), true) === false;
}
