import { describe, expect, it } from 'vitest';
import { evaluateBuildExpression, excludedFromDefaultBuild } from './go-build-constraints.js';

describe('evaluateBuildExpression', () => {
  it.each<[string, boolean | undefined]>([
    ['linux', true],
    ['nats', false],
    ['!nats', true],
    ['linux && !windows', true],
    ['integration || e2e', false],
    ['go1.21', true],
    ['amd64', undefined],
    ['amd64 && nats', false],
    ['amd64 || linux', true],
    ['cgo', undefined],
    ['(linux || darwin) && !ignore', true],
    ['linux &&', undefined],
    ['(nats', undefined],
  ])('%s', (expression, expected) => {
    expect(evaluateBuildExpression(expression)).toBe(expected);
  });
});

describe('excludedFromDefaultBuild', () => {
  const file = (...lines: string[]): string => [...lines, 'package metadata', '', 'import "fmt"'].join('\n');

  it.each<[string, string, string, boolean]>([
    ['a custom tag', 'internal/core/metadata/nats.go', file('//go:build nats'), true],
    ['the tag negated', 'internal/core/metadata/nonats.go', file('//go:build !nats'), false],
    // The scan skips Wire's generated wire_gen.go (`//go:build !wireinject`): its injector stands in for it.
    ['a Wire injector is kept', 'internal/counter/app/wire.go', file('//go:build wireinject', '// +build wireinject'), false],
    ['and its generated twin', 'internal/counter/app/wire_gen.go', file('//go:generate go run github.com/google/wire/cmd/wire', '//go:build !wireinject'), false],
    ['`ignore` (a generator, a tools file)', 'tools.go', file('//go:build ignore'), true],
    ['after a licence comment and blank lines', 'x.go', file('// Copyright 2024 Tessellate', '// SPDX-License-Identifier: Apache-2.0', '', '//go:build integration'), true],
    ['after a block comment', 'x.go', file('/*', ' licence', '*/', '//go:build integration'), true],
    ['after the package clause it is no constraint', 'x.go', ['package metadata', '//go:build nats'].join('\n'), false],
    ['an architecture is not known', 'x.go', file('//go:build arm64'), false],
    ['another OS', 'x.go', file('//go:build windows'), true],
    ['legacy lines, each must hold', 'x.go', file('// +build linux', '// +build nats'), true],
    ['legacy options OR-ed', 'x.go', file('// +build nats linux,!cgo'), false],
    ['`//go:build` wins over legacy lines', 'x.go', file('// +build nats', '//go:build linux'), false],
    ['a name for another OS', 'internal/pkg/sys/sys_windows.go', file(), true],
    ['a name for another OS and an architecture', 'sys_darwin_arm64.go', file(), true],
    ['a name for Linux or an architecture', 'sys_linux_amd64.go', file(), false],
    ['no constraint', 'internal/core/metadata/metadata.go', file(), false],
  ])('%s', (_why, path, text, expected) => {
    expect(excludedFromDefaultBuild(path, text)).toBe(expected);
  });
});
