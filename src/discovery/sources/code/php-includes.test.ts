import { describe, expect, it } from 'vitest';
import type { ModuleImportsFact } from '../../../core/discovery/facts.js';
import { code, readSnippetWithNames } from './code-test-support.js';
import { phpCodeSource } from './php-source.js';
import { composerAutoloadSource, psr4Prefixes } from '../config/composer-autoload.js';
import { evidenceFor } from '../../source.js';

async function loads(path: string, text: string): Promise<{ files: string[]; bare: string[] } | undefined> {
  const fact = (await readSnippetWithNames(phpCodeSource, path, text)).find((item): item is ModuleImportsFact => item.type === 'module-imports');
  return fact ? { files: fact.files, bare: fact.bare ?? [] } : undefined;
}

describe('php-includes', () => {
  it.each([
    {
      name: 'require paths from __DIR__, dirname and constants',
      path: 'svc/app/http.php',
      text: code`
        <?php
        const APP_ROOT = __DIR__ . '/..';
        define('LIB', APP_ROOT . '/lib');
        require_once __DIR__ . '/init.php';
        include_once dirname(__DIR__) . '/bootstrap.php';
        require LIB . '/helpers.php';
        require 'relative.php';
        require $unknown;
      `,
      want: { files: ['svc/app/init.php', 'svc/bootstrap.php', 'svc/lib/helpers.php', 'svc/app/relative.php'], bare: [] },
    },
    {
      name: 'a glob and a literal list iterated by foreach',
      path: 'app/controllers/general.php',
      text: code`
        <?php
        foreach (glob(__DIR__ . '/api/*.php') as $controller) {
            include_once $controller;
        }
        foreach (['users', 'teams'] as $name) {
            require_once __DIR__ . '/shared/' . $name . '.php';
        }
      `,
      want: { files: ['app/controllers/shared/users.php', 'app/controllers/shared/teams.php'], bare: ['php-glob:app/controllers/api/*.php'] },
    },
    {
      name: 'classes named: use, new, ::class, static calls, extends, implements, in a namespace',
      path: 'src/Acme/Workers/Mails.php',
      text: code`
        <?php
        namespace Acme\\Workers;
        use Acme\\Platform\\Worker;
        use Acme\\Mail\\{Mailer, Template as Tpl};
        class Mails extends Worker implements \\Acme\\Contracts\\Job
        {
            public function run(): void
            {
                $m = new Mailer();
                $t = Tpl::load('x');
                $k = Helper::class;
                $s = new static();
            }
        }
      `,
      want: {
        files: [],
        bare: ['php-class:Acme\\Platform\\Worker', 'php-class:Acme\\Mail\\Mailer', 'php-class:Acme\\Mail\\Template', 'php-class:Acme\\Contracts\\Job', 'php-class:Acme\\Workers\\Helper'],
      },
    },
    {
      name: 'a worker class chosen by the argument, concatenated',
      path: 'app/worker.php',
      text: code`
        <?php
        $workerName = $argv[1] ?? null;
        $workerClass = 'Acme\\\\Platform\\\\Workers\\\\' . ucfirst($workerName);
        $worker = new $workerClass();
        error_log('Starting ' . $workerName);
      `,
      want: { files: [], bare: ['php-argument:{"index":1,"prefix":"Acme\\\\Platform\\\\Workers\\\\","suffix":"","transform":"ucfirst"}'] },
    },
    {
      name: "a match on the argument: each arm's class is chosen by its value",
      path: 'app/worker.php',
      text: code`
        <?php
        use Acme\\Workers\\{Audits, Mails};
        $worker = match ($argv[1]) {
            'audits' => new Audits(),
            'mails' => new Mails(),
            default => throw new \\RuntimeException('unknown'),
        };
      `,
      want: {
        files: [],
        bare: ['php-class:Acme\\Workers\\Audits', 'php-class:Acme\\Workers\\Mails', 'php-class:RuntimeException', 'php-argument:{"index":1,"value":"audits","name":"Acme\\\\Workers\\\\Audits"}', 'php-argument:{"index":1,"value":"mails","name":"Acme\\\\Workers\\\\Mails"}'],
      },
    },
    {
      name: 'lazy factories: classes named only inside them (and their use clauses) are theirs, with the names they ask for',
      path: 'app/init.php',
      text: code`
        <?php
        use Acme\\Event\\Audit;
        use Acme\\Event\\Mail;
        use Acme\\Pools\\Group;
        $register->set('pools', function () {
            return new Group();
        });
        $register->set('db', function () use ($register) {
            return $register->get('pools')->get();
        });
        App::setResource('queueForAudits', fn () => new Audit($connection));
        App::setResource('queueForMails', fn () => new Mail($connection));
        $mailer = Mail::class;
      `,
      want: {
        files: [],
        bare: [
          'php-class:Acme\\Event\\Mail',
          'php-class:App',
          'php-resource:{"name":"pools","lines":[5,7],"classes":["Acme\\\\Pools\\\\Group"],"asks":[]}',
          'php-resource:{"name":"db","lines":[8,10],"classes":[],"asks":["pools"]}',
          'php-resource:{"name":"queueForAudits","lines":[11,11],"classes":["Acme\\\\Event\\\\Audit"],"asks":[]}',
          'php-resource:{"name":"queueForMails","lines":[12,12],"classes":["Acme\\\\Event\\\\Mail"],"asks":[]}',
        ],
      },
    },
    {
      name: 'asking for factories by name: inject, getResource, a registry get; a get with two arguments or a computed name is no ask',
      path: 'app/controllers/sites.php',
      text: code`
        <?php
        App::post('/v1/sites')
            ->inject('queueForBuilds')
            ->action(function ($queueForBuilds) use ($register) {
                $register->get('cache')->del('sites');
                $queue = App::getResource('queueForAudits');
                $client->get('/v1/health', []);
                $register->get($name);
            });
      `,
      want: { files: [], bare: ['php-class:App', 'php-asks:queueForBuilds', 'php-asks:cache', 'php-asks:queueForAudits'] },
    },
  ])('$name', async ({ path, text, want }) => expect(await loads(path, text)).toEqual(want));

  it('reads nothing from a file loading nothing', async () => expect(await loads('app/config.php', '<?php\nreturn ["a" => 1];\n')).toBeUndefined());
});

describe('composer-autoload', () => {
  it('reads the PSR-4 map, not autoload-dev', () => expect(psr4Prefixes('{"autoload":{"psr-4":{"Acme\\\\":"src/","Lib\\\\":["lib/","more/"]}},"autoload-dev":{"psr-4":{"Tests\\\\":"tests/"}}}')).toEqual({ 'Acme\\': ['src/'], 'Lib\\': ['lib/', 'more/'] }));
  it('binds each prefix in the folder, paths from the scan root', async () => {
    const file = { path: 'svc/composer.json', text: '{\n  "autoload": {\n    "psr-4": { "Acme\\\\": "src/Acme" }\n  }\n}\n' };
    const facts = await composerAutoloadSource.read(file, { evidenceAt: evidenceFor(file), parse: () => Promise.reject(new Error('no')), rules: [] });
    expect(facts.map((fact) => (fact.type === 'binding' ? [fact.scope, fact.key, fact.value, fact.evidence.line] : []))).toEqual([['svc', 'php:psr4:Acme\\', 'svc/src/Acme', 3]]);
  });
});
