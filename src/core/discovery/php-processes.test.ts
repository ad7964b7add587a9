import { describe, expect, it } from 'vitest';
import { choiceCandidates, choiceFiles, globFiles, grantedResources, phpResourcesOf, phpEntryFile, phpProcessOf, phpProcessParts, phpScriptProcess, psr4File, type PhpArgumentChoice, type PhpResource, type Psr4Prefix } from './php-processes.js';

const split = (line: string): string[] => line.split(/\s+/).filter((word) => word !== '');

describe('phpProcessOf', () => {
  it.each([
    { words: ['php', 'app/http.php'], want: 'app/http.php' },
    { words: ['php', '/usr/src/code/app/worker.php', 'audits', '$@'], want: '/usr/src/code/app/worker.php audits' },
    { words: ['/usr/local/bin/php', '-d', 'memory_limit=-1', 'app/worker.php', 'mails'], want: 'app/worker.php mails' },
    { words: ['php8.3', '-f', 'bin/console.php'], want: 'bin/console.php' },
    { words: ['php', '-r', 'echo 1;'], want: undefined },
    { words: ['php', '-S', '0.0.0.0:80', '-t', 'public'], want: undefined },
    { words: ['php', '$SCRIPT'], want: undefined },
    { words: ['node', 'server.js'], want: undefined },
  ])('$words', ({ words, want }) => expect(phpProcessOf(words)).toBe(want));
});

describe('phpScriptProcess', () => {
  it.each([
    { name: 'a bin script', text: '#!/bin/sh\n\nphp /usr/src/code/app/worker.php audits $@\n', want: { process: '/usr/src/code/app/worker.php audits', line: 3 } },
    { name: 'the last of several, after exec', text: '#!/bin/sh\nphp app/migrate.php\nexec php app/realtime.php "$@"\n', want: { process: 'app/realtime.php', line: 3 } },
    { name: 'comments and echo lines start nothing', text: '#!/bin/sh\n# php app/old.php\necho php app/x.php\n', want: undefined },
  ])('$name', ({ text, want }) => expect(phpScriptProcess(text, split)).toEqual(want));
});

describe('phpEntryFile', () => {
  const known = new Set(['svc/app/worker.php', 'svc/app/http.php', 'app/worker.php']);
  it.each([
    { path: '/usr/src/code/app/worker.php', root: 'svc', want: 'svc/app/worker.php' },
    { path: 'app/http.php', root: 'svc', want: 'svc/app/http.php' },
    { path: 'app/worker.php', root: '', want: 'app/worker.php' },
    { path: 'app/missing.php', root: 'svc', want: undefined },
  ])('$path in $root', ({ path, root, want }) => expect(phpEntryFile(path, root, known)).toBe(want));
  it('splits a process into file and arguments', () => expect(phpProcessParts('app/worker.php audits fast')).toEqual({ file: 'app/worker.php', args: ['audits', 'fast'] }));
});

const prefixes: Psr4Prefix[] = [
  { folder: 'svc', prefix: 'Quillon\\', directories: ['svc/src/Quillon'] },
  { folder: 'svc', prefix: 'Quillon\\Legacy\\', directories: ['svc/legacy'] },
  { folder: 'other', prefix: 'Quillon\\', directories: ['other/src'] },
];
const known = new Set(['svc/src/Quillon/Platform/Workers/Audits.php', 'svc/src/Quillon/Platform/Workers/Mails.php', 'svc/src/Quillon/Platform/Worker.php', 'svc/legacy/Mailer.php', 'other/src/Platform/Worker.php', 'svc/app/controllers/api/console.php', 'svc/app/controllers/api/documents.php', 'svc/app/controllers/api/nested/x.php']);

describe('psr4File', () => {
  it.each([
    { name: 'the prefix folder', className: 'Quillon\\Platform\\Worker', from: 'svc/app/worker.php', want: 'svc/src/Quillon/Platform/Worker.php' },
    { name: 'the longest prefix', className: 'Quillon\\Legacy\\Mailer', from: 'svc/app/worker.php', want: 'svc/legacy/Mailer.php' },
    { name: "the nearest composer.json's", className: 'Quillon\\Platform\\Worker', from: 'other/app/x.php', want: 'other/src/Platform/Worker.php' },
    { name: 'a class the scan lacks (a vendor package)', className: 'GuzzleHttp\\Client', from: 'svc/app/worker.php', want: undefined },
  ])('$name', ({ className, from, want }) => expect(psr4File(className, from, prefixes, known)).toBe(want));
});

describe('globFiles', () => {
  it('matches within one folder', () => expect(globFiles('svc/app/controllers/api/*.php', known)).toEqual(['svc/app/controllers/api/console.php', 'svc/app/controllers/api/documents.php']));
});

describe('argument-chosen classes', () => {
  const concatenated: PhpArgumentChoice = { index: 1, prefix: 'Quillon\\Platform\\Workers\\', suffix: '', transform: 'ucfirst' };
  const from = 'svc/app/worker.php';
  it.each([
    { name: 'a concatenation', choices: [concatenated], args: ['audits'], want: ['svc/src/Quillon/Platform/Workers/Audits.php'] },
    { name: 'no argument: not known', choices: [concatenated], args: [], want: undefined },
    { name: 'a class the scan lacks: not known', choices: [concatenated], args: ['builds'], want: undefined },
    { name: "a match's arm", choices: [{ index: 1, value: 'mails', name: 'Quillon\\Platform\\Workers\\Mails' }, { index: 1, value: 'audits', name: 'Quillon\\Platform\\Workers\\Audits' }], args: ['mails'], want: ['svc/src/Quillon/Platform/Workers/Mails.php'] },
    { name: 'no arm for the argument: none', choices: [{ index: 1, value: 'mails', name: 'Quillon\\Platform\\Workers\\Mails' }], args: ['other'], want: [] },
  ])('$name', ({ choices, args, want }) => expect(choiceFiles(choices.map((choice) => ({ from, choice: choice as PhpArgumentChoice })), args, prefixes, known)).toEqual(want));
  it('every class a concatenation may choose', () => expect(choiceCandidates([{ from, choice: concatenated }], prefixes, known)).toEqual(['svc/src/Quillon/Platform/Workers/Audits.php', 'svc/src/Quillon/Platform/Workers/Mails.php']));
});

describe('grantedResources', () => {
  const resource = (name: string, asks: string[] = []): PhpResource => ({ name, lines: [1, 3], classes: [], asks });
  type Found = { resources: PhpResource[]; asks: string[] };
  const init: Found = { resources: [resource('cache'), resource('pools'), resource('db', ['pools']), resource('queueForAudits')], asks: [] };
  it.each([
    { name: 'nothing asked: no factory runs', asks: [], want: [] },
    { name: 'an asked factory runs, not the others', asks: ['queueForAudits'], want: ['app/init.php#queueForAudits'] },
    { name: 'a factory asked by a running factory runs too', asks: ['db'], want: ['app/init.php#db', 'app/init.php#pools'] },
    { name: 'an ask naming no factory runs nothing', asks: ['message'], want: [] },
  ])('$name', ({ asks, want }) =>
    expect([...grantedResources(new Map<string, Found>([['app/init.php', init], ['app/worker.php', { resources: [], asks }]]))].sort()).toEqual(want));
  it('reads the specifiers, skipping others and malformed ones', () =>
    expect(phpResourcesOf(['php-class:App', 'php-asks:db', 'php-resource:{"name":"db","lines":[2,4],"classes":["Acme\\\\Db"],"asks":[]}', 'php-resource:{'])).toEqual({ resources: [{ name: 'db', lines: [2, 4], classes: ['Acme\\Db'], asks: [] }], asks: ['db'] }));
});
