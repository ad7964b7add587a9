<?php

require_once __DIR__ . '/init.php';

use Appwrite\Event\Event;
use Appwrite\Platform\Appwrite;
use Swoole\Runtime;
use Utopia\App;
use Utopia\Cache\Adapter\Sharding;
use Utopia\Cache\Cache;
use Utopia\CLI\Console;
use Utopia\Config\Config;
use Utopia\Database\Database;
use Utopia\Database\Document;
use Utopia\Database\Validator\Authorization;
use Utopia\Platform\Service;
use Utopia\Pools\Group;
use Utopia\Queue\Connection;
use Utopia\Queue\Message;
use Utopia\Queue\Server;
use Utopia\Registry\Registry;

Authorization::disable();
Runtime::enableCoroutine(SWOOLE_HOOK_ALL);

Server::setResource('register', fn () => $register);

Server::setResource('dbForConsole', function (Cache $cache, Registry $register) {
    $pools = $register->get('pools');
    $database = $pools->get('console')->pop()->getResource();
    $adapter = new Database($database, $cache);
    $adapter->setNamespace('_console');
    return $adapter;
}, ['cache', 'register']);

Server::setResource('project', function (Message $message, Database $dbForConsole) {
    $payload = $message->getPayload() ?? [];
    $project = new Document($payload['project'] ?? []);
    if ($project->getId() === 'console') {
        return $project;
    }
    return $dbForConsole->getDocument('projects', $project->getId());
}, ['message', 'dbForConsole']);

Server::setResource('dbForProject', function (Cache $cache, Registry $register, Message $message, Document $project, Database $dbForConsole) {
    if ($project->isEmpty() || $project->getId() === 'console') {
        return $dbForConsole;
    }
    $pools = $register->get('pools');
    $database = $pools->get($project->getAttribute('database'))->pop()->getResource();
    $adapter = new Database($database, $cache);
    $adapter->setNamespace('_' . $project->getInternalId());
    return $adapter;
}, ['cache', 'register', 'message', 'project', 'dbForConsole']);

// Every worker's Database instances are wrapped in a Redis-backed cache
Server::setResource('cache', function (Registry $register) {
    $pools = $register->get('pools');
    $list = Config::getParam('pools-cache', []);
    $adapters = [];
    foreach ($list as $value) {
        $adapters[] = $pools->get($value)->pop()->getResource();
    }
    return new Cache(new Sharding($adapters));
}, ['register']);

Server::setResource('queue', function (Group $pools) {
    return $pools->get('queue')->pop()->getResource();
}, ['pools']);

Server::setResource('queueForMails', fn (Connection $queue) => new \Appwrite\Event\Mail($queue), ['queue']);

Server::setResource('pools', fn (Registry $register) => $register->get('pools'), ['register']);

Server::setResource('deviceFiles', fn (Document $project) => getDevice(APP_STORAGE_UPLOADS . '/app-' . $project->getId()), ['project']);
Server::setResource('deviceFunctions', fn (Document $project) => getDevice(APP_STORAGE_FUNCTIONS . '/app-' . $project->getId()), ['project']);
Server::setResource('deviceBuilds', fn (Document $project) => getDevice(APP_STORAGE_BUILDS . '/app-' . $project->getId()), ['project']);
Server::setResource('deviceCache', fn (Document $project) => getDevice(APP_STORAGE_CACHE . '/app-' . $project->getId()), ['project']);

$pools = $register->get('pools');
$platform = new Appwrite();
$args = $_SERVER['argv'];

if (!isset($args[1])) {
    Console::error('Missing worker name');
    Console::exit(1);
}

\array_shift($args);
$workerName = $args[0];
$workerIndex = $args[1] ?? '';

if (!empty($workerIndex)) {
    $workerName .= '_' . $workerIndex;
}

try {
    // queue name is e.g. "v1-audits", derived from the worker name
    $platform->init(Service::TYPE_WORKER, [
        'workersNum' => App::getEnv('_APP_WORKERS_NUM', 1),
        'connection' => $pools->get('queue')->pop()->getResource(),
        'workerName' => strtolower($workerName) ?? null,
    ]);
} catch (\Exception $e) {
    Console::error($e->getMessage() . ', File: ' . $e->getFile() . ', Line: ' . $e->getLine());
}

$worker = $platform->getWorker();

$worker
    ->shutdown()
    ->inject('pools')
    ->action(function (Group $pools) {
        $pools->reclaim();
    });

$worker
    ->error()
    ->inject('error')
    ->inject('logger')
    ->action(function (Throwable $error, $logger) use ($workerName) {
        Console::error('[Error] Worker: ' . $workerName . ' ' . $error->getMessage());
    });

$worker->workerStart()
    ->action(function () use ($workerName) {
        Console::info("Worker $workerName  started");
    });

$worker->start();
