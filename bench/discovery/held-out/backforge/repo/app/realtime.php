<?php

use Appwrite\Auth\Auth;
use Appwrite\Extend\Exception;
use Appwrite\Messaging\Adapter\Realtime;
use Swoole\Http\Request as SwooleRequest;
use Swoole\Http\Response as SwooleResponse;
use Swoole\Runtime;
use Swoole\Table;
use Swoole\Timer;
use Utopia\Abuse\Abuse;
use Utopia\Abuse\Adapters\TimeLimit;
use Utopia\App;
use Utopia\Cache\Adapter\Sharding;
use Utopia\Cache\Cache;
use Utopia\CLI\Console;
use Utopia\Config\Config;
use Utopia\Database\Database;
use Utopia\Database\Document;
use Utopia\Database\Query;
use Utopia\Database\Validator\Authorization;
use Utopia\Registry\Registry;
use Utopia\WebSocket\Adapter;
use Utopia\WebSocket\Server;

require_once __DIR__ . '/init.php';

Runtime::enableCoroutine(SWOOLE_HOOK_ALL);

function getConsoleDB(): Database
{
    global $register;

    /** @var \Utopia\Pools\Group $pools */
    $pools = $register->get('pools');

    $dbAdapter = $pools->get('console')->pop()->getResource();
    $database = new Database($dbAdapter, getCache());
    $database->setNamespace('_console');

    return $database;
}

function getProjectDB(Document $project): Database
{
    global $register;

    $pools = $register->get('pools');

    if ($project->isEmpty() || $project->getId() === 'console') {
        return getConsoleDB();
    }

    $dbAdapter = $pools->get($project->getAttribute('database'))->pop()->getResource();
    $database = new Database($dbAdapter, getCache());
    $database->setNamespace('_' . $project->getInternalId());

    return $database;
}

function getCache(): Cache
{
    global $register;

    $pools = $register->get('pools');
    $list = Config::getParam('pools-cache', []);
    $adapters = [];
    foreach ($list as $value) {
        $adapters[] = $pools->get($value)->pop()->getResource();
    }

    return new Cache(new Sharding($adapters));
}

$realtime = new Realtime();

/**
 * Table for statistics across all workers.
 */
$stats = new Table(4096, 1);
$stats->column('projectId', Table::TYPE_STRING, 64);
$stats->column('connections', Table::TYPE_INT);
$stats->column('connectionsTotal', Table::TYPE_INT);
$stats->column('messages', Table::TYPE_INT);
$stats->create();

$containerId = uniqid();

$adapter = new Adapter\Swoole(port: App::getEnv('PORT', 80));
$adapter
    ->setPackageMaxLength(64000) // Default maximum Package Size (64kb)
    ->setWorkerNumber(swoole_cpu_num() * intval(App::getEnv('_APP_WORKER_PER_CORE', 6)));

$server = new Server($adapter);

$server->onWorkerStart(function (int $workerId) use ($server, $register, $stats, $realtime) {
    Console::success('Worker ' . $workerId . ' started successfully');

    $attempts = 0;
    $start = time();

    /**
     * Sending current connections to project channels on the console project every 5 seconds.
     */
    Timer::tick(5000, function () use ($server, $stats, $realtime) {
        $payload = [];
        foreach ($stats as $projectId => $value) {
            $payload[$projectId] = $stats->get($projectId, 'connectionsTotal');
        }
        if (empty($payload)) {
            return;
        }
        $receivers = $realtime->getSubscribers(['project' => 'console', 'roles' => ['team:*'], 'data' => ['channels' => ['project']]]);
        $server->send($receivers, json_encode(['type' => 'event', 'data' => ['events' => ['stats.connections'], 'payload' => $payload]]));
    });

    while ($attempts < 300) {
        try {
            if ($attempts > 0) {
                Console::error('Pub/sub connection lost (lasted ' . (time() - $start) . ' seconds). Attempting restart in 5 seconds (attempt #' . $attempts . ')');
                sleep(5);
                $start = time();
            }

            $pools = $register->get('pools');
            /** @var \Redis $redis */
            $redis = $pools->get('pubsub')->pop()->getResource();

            if ($redis->ping(true)) {
                $attempts = 0;
                Console::success('Pub/sub connection established');
            }

            // Events are published to the "realtime" channel by the API and workers
            $redis->subscribe(['realtime'], function (\Redis $redis, string $channel, string $payload) use ($server, $workerId, $stats, $register, $realtime) {
                $event = json_decode($payload, true);

                if ($event['permissionsChanged'] && isset($event['userId'])) {
                    $projectId = $event['project'];
                    $userId = $event['userId'];

                    if ($realtime->hasSubscriber($projectId, 'user:' . $userId)) {
                        $connection = array_key_first(reset($realtime->subscriptions[$projectId]['user:' . $userId]));
                        $consoleDatabase = getConsoleDB();
                        $project = Authorization::skip(fn () => $consoleDatabase->getDocument('projects', $projectId));
                        $database = getProjectDB($project);
                        $user = $database->getDocument('users', $userId);
                        $roles = Auth::getRoles($user);
                        $realtime->subscribe($projectId, $connection, $roles, $realtime->connections[$connection]['channels']);
                    }
                }

                $receivers = $realtime->getSubscribers($event);

                if (App::isDevelopment() && !empty($receivers)) {
                    Console::log("[Debug][Worker {$workerId}] Receivers: " . count($receivers));
                }

                $server->send($receivers, json_encode(['type' => 'event', 'data' => $event['data']]));

                if (($num = count($receivers)) > 0) {
                    $stats->incr($event['project'], 'messages', $num);
                }
            });
        } catch (\Throwable $th) {
            Console::error('Pub/sub error: ' . $th->getMessage());
            $attempts++;
            sleep(DATABASE_RECONNECT_SLEEP);
            continue;
        }
    }

    Console::error('Failed to restart pub/sub...');
});

$server->onOpen(function (int $connection, SwooleRequest $request) use ($server, $register, $stats, &$realtime) {
    $app = new App('UTC');
    $request = new \Utopia\Swoole\Request($request);
    $response = new \Appwrite\Utopia\Response(new SwooleResponse());

    Console::info("Connection open (user: {$connection})");

    try {
        $projectId = $request->getQuery('project');
        $consoleDatabase = getConsoleDB();
        $project = Authorization::skip(fn () => $consoleDatabase->getDocument('projects', $projectId));

        if ($project->isEmpty()) {
            throw new Exception(Exception::REALTIME_POLICY_VIOLATION, 'Missing or unknown project ID');
        }

        $dbForProject = getProjectDB($project);

        /*
         * Abuse Check
         */
        $timeLimit = new TimeLimit('url:{url},ip:{ip}', 128, 60, $dbForProject);
        $timeLimit->setParam('{ip}', $request->getIP())->setParam('{url}', $request->getURI());
        $abuse = new Abuse($timeLimit);

        if (App::getEnv('_APP_OPTIONS_ABUSE', 'enabled') === 'enabled' && $abuse->check()) {
            throw new Exception(Exception::REALTIME_TOO_MANY_MESSAGES, 'Too many requests');
        }

        $channels = Realtime::convertChannels($request->getQuery('channels', []), '');
        $realtime->subscribe($project->getId(), $connection, ['role:guest'], $channels);

        $server->send([$connection], json_encode(['type' => 'connected', 'data' => ['channels' => array_keys($channels)]]));

        $stats->set($project->getId(), ['projectId' => $project->getId()]);
        $stats->incr($project->getId(), 'connections');
        $stats->incr($project->getId(), 'connectionsTotal');
    } catch (\Throwable $th) {
        $server->send([$connection], json_encode(['type' => 'error', 'data' => ['code' => $th->getCode(), 'message' => $th->getMessage()]]));
        $server->close($connection, $th->getCode());
    }
});

$server->onClose(function (int $connection) use ($realtime, $stats) {
    if (array_key_exists($connection, $realtime->connections)) {
        $stats->decr($realtime->connections[$connection]['projectId'], 'connectionsTotal');
    }
    $realtime->unsubscribe($connection);
    Console::info('Connection close: ' . $connection);
});

$server->start();
