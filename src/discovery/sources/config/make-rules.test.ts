import { describe, expect, it } from 'vitest';
import { expandVariables } from './docker-build.js';
import { parseMakefile, recipeLines, ruleFor, withAutomaticVariables } from './make-rules.js';

const parse = (text: string) => parseMakefile(text, (words, variables) => expandVariables(words, variables, { words: true }));

describe('withAutomaticVariables', () => {
  it.each<[string, string, string, string]>([
    ['$@ and $(dir $@)', 'go build -o $@ ./$(dir $@)', 'cmd/core-data/core-data', 'go build -o cmd/core-data/core-data ./cmd/core-data/'],
    ['$(@D) and $(@F)', 'go build -o bin/$(@F) ./$(@D)', 'cmd/api/api', 'go build -o bin/api ./cmd/api'],
    ['braced forms', 'go build -o ${@} ./${@D}', 'cmd/api/api', 'go build -o cmd/api/api ./cmd/api'],
    ['the stem', 'go build -o bin/$* ./cmd/$*', 'bin/api', 'go build -o bin/api ./cmd/api'],
    ['$(notdir $@)', 'cp $@ /out/$(notdir $@)', 'cmd/api/api', 'cp cmd/api/api /out/api'],
    ["the shell's own $$@ stays", 'exec sh -c "run $$@"', 'x', 'exec sh -c "run $$@"'],
    ['a bare name is in ./', 'go build -o $@ ./$(dir $@)', 'api', 'go build -o api ././'],
  ])('%s', (_why, line, target, expected) => {
    expect(withAutomaticVariables(line, target, target.startsWith('bin/') ? 'api' : '')).toBe(expected);
  });
});

describe('ruleFor', () => {
  const makefile = parse(['cmd/%: FORCE', '\tgo build -o $@ ./$(dir $@)', 'cmd/core-%/core-data:', '\techo shorter stem', 'cmd/api/api: go.mod', '\tgo build -o $@ ./cmd/api', 'FORCE:'].join('\n'));

  it.each<[string, string, string | undefined]>([
    ['an explicit rule first', 'cmd/api/api', ''],
    ['the pattern with the shortest stem', 'cmd/core-data/core-data', 'data'],
    ['a pattern rule otherwise', 'cmd/worker/worker', 'worker/worker'],
    ['no rule: a target without a recipe', 'FORCE', undefined],
    ['no rule at all', 'docs/index.html', undefined],
  ])('%s', (_why, target, stem) => {
    expect(ruleFor(makefile, target)?.stem).toBe(stem);
  });
});

describe('recipeLines', () => {
  const text = [
    '.PHONY: build docker',
    'GO = CGO_ENABLED=0 go',
    'MICROSERVICES = cmd/core-data/core-data \\',
    '  cmd/core-metadata/core-metadata',
    '',
    'build: $(MICROSERVICES)',
    '',
    '# commented: cmd/%: ; go build -o $@ ./cmd/old',
    'cmd/%: FORCE',
    '\t@$(GO) build -tags "$(ADD_BUILD_TAGS)" -o $@ ./$(dir $@)',
    '',
    'cmd/security-setup/security-setup:',
    '\t$(GO) build -o $@ ./cmd/security-setup',
    '',
    'docker:',
    '\tdocker build -f cmd/core-data/Dockerfile .',
    'FORCE:',
  ].join('\n');
  const makefile = parse(text);

  it.each<[string, string[], string[] | undefined]>([
    ['a pattern rule, automatic variables filled, the echo prefix dropped', ['cmd/core-data/core-data'], ['$(GO) build -tags "$(ADD_BUILD_TAGS)" -o cmd/core-data/core-data ./cmd/core-data/']],
    ['an explicit rule', ['cmd/security-setup/security-setup'], ['$(GO) build -o cmd/security-setup/security-setup ./cmd/security-setup']],
    ["a target's prerequisites, through a variable", ['build'], ['$(GO) build -tags "$(ADD_BUILD_TAGS)" -o cmd/core-data/core-data ./cmd/core-data/', '$(GO) build -tags "$(ADD_BUILD_TAGS)" -o cmd/core-metadata/core-metadata ./cmd/core-metadata/']],
    ['no target: the default goal (the first rule not starting with a dot)', [], ['$(GO) build -tags "$(ADD_BUILD_TAGS)" -o cmd/core-data/core-data ./cmd/core-data/', '$(GO) build -tags "$(ADD_BUILD_TAGS)" -o cmd/core-metadata/core-metadata ./cmd/core-metadata/']],
    ['a target no rule makes', ['install'], undefined],
  ])('%s', (_why, targets, expected) => {
    expect(recipeLines(makefile, targets)).toEqual(expected);
  });

  it('keeps the variables for the caller, `?=` not overriding and `+=` appending', () => {
    const variables = parse(['A = one', 'A ?= two', 'B := x', 'B += y', 'C ?= z'].join('\n')).variables;
    expect([...variables]).toEqual([['A', 'one'], ['B', 'x y'], ['C', 'z']]);
  });
});
