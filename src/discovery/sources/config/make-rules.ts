/**
 * The rules of a Makefile, read as GNU make reads them, so that a build naming only a target
 * (`RUN make -e ADD_BUILD_TAGS=$ADD_BUILD_TAGS cmd/core-data/core-data` in a Dockerfile stage) is
 * known by the recipe that makes it: an explicit rule for the target (`cmd/core-data/core-data:`),
 * else the pattern rule whose `%` matches it with the shortest stem (`cmd/%: FORCE` →
 * `$(GO) build -o $@ ./$(dir $@)`). The recipe's automatic variables are filled from the target
 * (`$@`, `$(@D)`, `$(@F)`, `$*`, `$(dir $@)`, `$(notdir $@)`); the file's own variables are
 * left to the caller (docker-build.ts expandVariables), with the assignments read here.
 *
 * Prerequisites that are targets with recipes of their own are made first (`build:
 * $(MICROSERVICES)`), a few levels deep. Conditionals (`ifeq`), `include`s and `define`s are not
 * followed: a recipe they hide is not known.
 */

/** One rule: its targets (`%` in a pattern rule), its prerequisites and its recipe lines, as written. */
export interface MakeRule {
  targets: string[];
  prerequisites: string[];
  recipe: string[];
}

/** A Makefile's rules and its variables (`NAME = value`, `:=`, `?=`, `+=`), values as written. */
export interface MakeFile {
  rules: MakeRule[];
  variables: Map<string, string>;
}

/** Fills a Makefile's variables into a text (docker-build.ts expandVariables with the file's assignments). */
export type MakeExpand = (text: string, variables: ReadonlyMap<string, string>) => string;

/** `NAME = value` with its operator. */
const ASSIGNMENT = /^(?:override\s+|export\s+)?([A-Za-z_][\w.-]*)\s*(::=|:=|\?=|\+=|!=|=)\s*(.*)$/;
/** Directives whose lines are no rules. */
const DIRECTIVE = /^(ifn?eq|ifn?def|else|endif|include|-include|sinclude|define|endef|export|unexport|override|vpath|undefine)\b/;

/** Reads a Makefile's rules and variables; `expand` fills variables in targets and prerequisites. */
export function parseMakefile(text: string, expand: MakeExpand): MakeFile {
  const variables = new Map<string, string>();
  const rules: MakeRule[] = [];
  let current: MakeRule | undefined;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    let line = lines[index] as string;
    while (/\\$/.test(line) && index + 1 < lines.length) line = `${line.slice(0, -1)} ${(lines[(index += 1)] as string).trimStart()}`;
    if (line.startsWith('\t')) {
      const command = line.slice(1).trim();
      if (current && command !== '' && !command.startsWith('#')) current.recipe.push(command);
      continue;
    }
    const trimmed = line.replace(/(^|[^\\])#.*$/, '$1').trim();
    if (trimmed === '') continue;
    current = undefined;
    const assignment = ASSIGNMENT.exec(trimmed);
    if (assignment) {
      const [, name, operator, value] = assignment as unknown as [string, string, string, string];
      const known = variables.get(name);
      if (operator === '?=' && known !== undefined) continue;
      if (operator === '!=') continue;
      variables.set(name, operator === '+=' && known !== undefined ? `${known} ${value.trim()}` : value.trim());
      continue;
    }
    if (DIRECTIVE.test(trimmed)) continue;
    // `targets: prerequisites [; recipe]`, `targets:: …`; a static pattern rule's second colon is not read.
    const rule = /^([^:=]+?)\s*::?(?!=)\s*([^;]*?)\s*(?:;\s*(.*))?$/.exec(trimmed);
    if (!rule) continue;
    const [, targets, prerequisites, inline] = rule as unknown as [string, string, string, string | undefined];
    if (prerequisites.includes(':')) continue;
    current = {
      targets: expand(targets, variables).split(/\s+/).filter((target) => target !== ''),
      prerequisites: expand(prerequisites, variables).split(/\s+/).filter((word) => word !== '' && !/^\|$/.test(word)),
      recipe: inline !== undefined && inline.trim() !== '' ? [inline.trim()] : [],
    };
    rules.push(current);
  }
  return { rules, variables };
}

/** The rule making a target and the stem `%` matched (empty for an explicit rule), else undefined. */
export function ruleFor(makefile: MakeFile, target: string): { rule: MakeRule; stem: string } | undefined {
  const explicit = makefile.rules.find((rule) => rule.recipe.length > 0 && rule.targets.includes(target));
  if (explicit) return { rule: explicit, stem: '' };
  let best: { rule: MakeRule; stem: string } | undefined;
  for (const rule of makefile.rules) {
    if (rule.recipe.length === 0) continue;
    for (const pattern of rule.targets) {
      const at = pattern.indexOf('%');
      if (at < 0) continue;
      const prefix = pattern.slice(0, at);
      const suffix = pattern.slice(at + 1);
      if (target.length <= prefix.length + suffix.length || !target.startsWith(prefix) || !target.endsWith(suffix)) continue;
      const stem = target.slice(prefix.length, target.length - suffix.length);
      if (best === undefined || stem.length < best.stem.length) best = { rule, stem };
    }
  }
  return best;
}

/** GNU make's `$(dir …)`: each word's folder with its slash (`cmd/api/api` → `cmd/api/`), `./` for a bare name. */
function dirOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? './' : path.slice(0, at + 1);
}

/** GNU make's `$(notdir …)`: each word's file name. */
function notdirOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * A recipe line with the automatic variables of making `target` (with the pattern's `stem`)
 * filled in: `$@`, `$(@D)`, `$(@F)`, `$*` and `$(dir …)`/`$(notdir …)` of them. `$$` (the shell's
 * own `$`) stays.
 */
export function withAutomaticVariables(line: string, target: string, stem: string): string {
  const folder = dirOf(target).replace(/\/$/, '') || '.';
  const filled = line
    .replace(/(?<!\$)\$(?:\(@D\)|\{@D\})/g, folder)
    .replace(/(?<!\$)\$(?:\(@F\)|\{@F\})/g, notdirOf(target))
    .replace(/(?<!\$)\$(?:@|\(@\)|\{@\})/g, target)
    .replace(/(?<!\$)\$(?:\*|\(\*\)|\{\*\})/g, stem);
  return filled.replace(/(?<!\$)\$[({](dir|notdir)\s+([^()${}]+)[)}]/g, (_whole, name: string, words: string) =>
    words
      .trim()
      .split(/\s+/)
      .map((word) => (name === 'dir' ? dirOf(word) : notdirOf(word)))
      .join(' '),
  );
}

/** How deep prerequisites are followed, and how many recipe lines one `make` yields at most. */
const DEPTH = 3;
const MAX_LINES = 64;

/**
 * The recipe lines `make targets` runs, automatic variables filled, prerequisites' recipes first;
 * undefined when no rule makes any of the targets. With no target, the first rule's (the default goal).
 */
export function recipeLines(makefile: MakeFile, targets: readonly string[]): string[] | undefined {
  const goals = targets.length > 0 ? targets : makefile.rules.flatMap((rule) => rule.targets.filter((target) => !target.startsWith('.') && !target.includes('%'))).slice(0, 1);
  const lines: string[] = [];
  const made = new Set<string>();
  let found = false;
  const make = (target: string, depth: number): void => {
    if (made.has(target) || depth > DEPTH || lines.length >= MAX_LINES) return;
    made.add(target);
    const explicit = makefile.rules.filter((rule) => rule.targets.includes(target));
    const match = ruleFor(makefile, target);
    // Prerequisites of every rule naming the target (`build: $(MICROSERVICES)`), then its recipe.
    for (const rule of explicit) for (const prerequisite of rule.prerequisites) make(prerequisite, depth + 1);
    if (!match) return;
    found = true;
    for (const line of match.rule.recipe) lines.push(withAutomaticVariables(line.replace(/^[@+-]+/, ''), target, match.stem));
  };
  for (const goal of goals) make(goal, 0);
  return found ? lines.slice(0, MAX_LINES) : undefined;
}
