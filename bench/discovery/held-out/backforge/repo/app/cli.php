<?php

require_once __DIR__ . '/init.php';

use Appwrite\Platform\Appwrite;
use Utopia\CLI\CLI;
use Utopia\CLI\Console;
use Utopia\Database\Database;
use Utopia\Database\Validator\Authorization;
use Utopia\Platform\Service;
use Utopia\Pools\Group;
use Utopia\Queue\Connection;

Authorization::disable();

CLI::setResource('register', fn () => $register);
CLI::setResource('pools', fn ($register) => $register->get('pools'), ['register']);

CLI::setResource('dbForConsole', function (Group $pools, $cache) {
    $dbAdapter = $pools->get('console')->pop()->getResource();
    $database = new Database($dbAdapter, $cache);
    $database->setNamespace('_console');
    return $database;
}, ['pools', 'cache']);

CLI::setResource('cache', function (Group $pools) {
    $list = \Utopia\Config\Config::getParam('pools-cache', []);
    $adapters = [];
    foreach ($list as $value) {
        $adapters[] = $pools->get($value)->pop()->getResource();
    }
    return new \Utopia\Cache\Cache(new \Utopia\Cache\Adapter\Sharding($adapters));
}, ['pools']);

CLI::setResource('getProjectDB', function (Group $pools, Database $dbForConsole, $cache) {
    return function (\Utopia\Database\Document $project) use ($pools, $dbForConsole, $cache) {
        if ($project->isEmpty() || $project->getId() === 'console') {
            return $dbForConsole;
        }
        $database = new Database($pools->get($project->getAttribute('database'))->pop()->getResource(), $cache);
        $database->setNamespace('_' . $project->getInternalId());
        return $database;
    };
}, ['pools', 'dbForConsole', 'cache']);

CLI::setResource('queue', fn (Group $pools) => $pools->get('queue')->pop()->getResource(), ['pools']);
CLI::setResource('queueForFunctions', fn (Connection $queue) => new \Appwrite\Event\Func($queue), ['queue']);
CLI::setResource('queueForDeletes', fn (Connection $queue) => new \Appwrite\Event\Delete($queue), ['queue']);
CLI::setResource('queueForCertificates', fn (Connection $queue) => new \Appwrite\Event\Certificate($queue), ['queue']);
CLI::setResource('logError', fn () => function (Throwable $error, string $namespace, string $action) {
    Console::error('[Error] ' . $namespace . '.' . $action . ': ' . $error->getMessage());
});

$platform = new Appwrite();
$platform->init(Service::TYPE_CLI);

$cli = $platform->getCli();

$cli
    ->error()
    ->inject('error')
    ->action(function (Throwable $error) {
        Console::error($error->getMessage());
    });

$cli->run();
