import { describe, expect, it } from 'vitest';
import {
  PYTHON_DISTRIBUTION_KEY,
  PYTHON_DISTRIBUTION_RUNS_KEY,
  normalisedDistribution,
  pyprojectDeclaresScripts,
  pyprojectDependencyNames,
  pythonDistributionFolders,
  requirementName,
  requirementsFileNames,
} from './python-distributions.js';

describe('normalisedDistribution', () => {
  it.each([
    ['AcmeClient', 'acmeclient'],
    ['acme_client', 'acme-client'],
    ['acme.client', 'acme-client'],
    ['acme--_client', 'acme-client'],
    ['acmeclient-extra', 'acmeclient-extra'],
  ])('%s → %s', (name, expected) => expect(normalisedDistribution(name)).toBe(expected));
});

describe('requirementName', () => {
  it.each([
    ['acmeclient==5.12.3', 'acmeclient'],
    ['acmeclient[extra]>=5 ; python_version > "3.8"', 'acmeclient'],
    ['acmeclient @ https://example.invalid/acmeclient.whl', 'acmeclient'],
    ['acmeclient-extra~=1.0', 'acmeclient-extra'],
    ['acmeclient', 'acmeclient'],
    ['../client-python', undefined],
  ])('%s → %s', (requirement, expected) => expect(requirementName(requirement)).toBe(expected));
});

describe('requirementsFileNames', () => {
  it('reads names with their lines, skipping options, paths, URLs and comments', () => {
    const text = ['# pinned', 'acmeclient==5.12.3  # the platform client', '-r base.txt', '--index-url https://pypi.invalid/simple', '-e ../common', './local', 'https://example.invalid/x.whl', '', 'pika>=1.3'].join('\n');
    expect(requirementsFileNames(text)).toEqual([
      { name: 'acmeclient', line: 2 },
      { name: 'pika', line: 9 },
    ]);
  });
});

describe('pyprojectDependencyNames', () => {
  it.each([
    ['PEP 621 dependencies', '[project]\nname = "w"\ndependencies = [\n  "acmeclient==5.12.3",\n  "pika>=1.3",\n]\n', [{ name: 'acmeclient', line: 4 }, { name: 'pika', line: 5 }]],
    ['Poetry dependencies without python', '[tool.poetry.dependencies]\npython = "^3.11"\nacmeclient = "5.12.3"\n', [{ name: 'acmeclient', line: 3 }]],
    ['optional extras are not installed', '[project]\nname = "w"\n[project.optional-dependencies]\ndev = ["acmeclient"]\n', []],
    ['invalid TOML', '[project\n', []],
  ])('%s', (_label, text, expected) => expect(pyprojectDependencyNames(text)).toEqual(expected));
});

describe('pyprojectDeclaresScripts', () => {
  it.each([
    ['[project]\nname = "a"\n[project.scripts]\na = "a:main"\n', true],
    ['[tool.poetry.scripts]\na = "a:main"\n', true],
    ['[project]\nname = "a"\n', false],
  ])('%s → %s', (text, expected) => expect(pyprojectDeclaresScripts(text)).toBe(expected));
});

describe('pythonDistributionFolders', () => {
  it('maps normalised names to folders, with whether each declares commands', () => {
    const folders = pythonDistributionFolders([
      { scope: 'client-python', key: PYTHON_DISTRIBUTION_KEY, value: 'AcmeClient' },
      { scope: 'tools/cli', key: PYTHON_DISTRIBUTION_KEY, value: 'acme_cli' },
      { scope: 'tools/cli', key: PYTHON_DISTRIBUTION_RUNS_KEY, value: 'scripts' },
      { key: PYTHON_DISTRIBUTION_KEY, value: 'unscoped' },
    ]);
    expect([...folders]).toEqual([
      ['acmeclient', { folder: 'client-python', runs: false }],
      ['acme-cli', { folder: 'tools/cli', runs: true }],
    ]);
  });
});
