<?php

/**
 * Init
 *
 * Initializes both Appwrite API entry point, queue workers, and CLI tasks.
 * Set configuration, framework resources & app constants
 */

if (\file_exists(__DIR__ . '/../vendor/autoload.php')) {
    require_once __DIR__ . '/../vendor/autoload.php';
}

use Appwrite\Event\Audit;
use Appwrite\Event\Database as EventDatabase;
use Appwrite\Event\Delete;
use Appwrite\Event\Event;
use Appwrite\Event\Func;
use Appwrite\Event\Mail;
use Appwrite\Event\Messaging;
use Appwrite\ClamAV\Network;
use Appwrite\URL\URL;
use Utopia\App;
use Utopia\DSN\DSN;
use Utopia\Database\PDO as PDOProxy;
use Utopia\Cache\Adapter\Redis as RedisCache;
use Utopia\Cache\Adapter\Sharding;
use Utopia\Cache\Cache;
use Utopia\Config\Config;
use Utopia\Database\Adapter\MariaDB;
use Utopia\Database\Database;
use Utopia\Pools\Group;
use Utopia\Pools\Pool;
use Utopia\Queue;
use Utopia\Queue\Connection;
use Utopia\Registry\Registry;
use Utopia\Storage\Device;
use Utopia\Storage\Device\Backblaze;
use Utopia\Storage\Device\DOSpaces;
use Utopia\Storage\Device\Linode;
use Utopia\Storage\Device\Local;
use Utopia\Storage\Device\S3;
use Utopia\Storage\Device\Wasabi;
use Utopia\Storage\Storage;

const APP_NAME = 'Appwrite';
const APP_DOMAIN = 'appwrite.io';
const APP_USERAGENT = APP_NAME . '-Server v%s. Please report abuse at %s';
const APP_MODE_DEFAULT = 'default';
const APP_MODE_ADMIN = 'admin';
const APP_CACHE_BUSTER = 331;
const APP_VERSION_STABLE = '1.4.13';
const APP_DATABASE_ATTRIBUTE_STRING_MAX_LENGTH = 1_073_741_824;
const APP_STORAGE_UPLOADS = '/storage/uploads';
const APP_STORAGE_FUNCTIONS = '/storage/functions';
const APP_STORAGE_BUILDS = '/storage/builds';
const APP_STORAGE_CACHE = '/storage/cache';
const APP_STORAGE_CERTIFICATES = '/storage/certificates';
const APP_STORAGE_CONFIG = '/storage/config';
const APP_STORAGE_IMPORTS = '/storage/imports';

const METRIC_EXECUTIONS = 'executions';
const METRIC_FILES = 'files';

Config::load('events', __DIR__ . '/config/events.php');
Config::load('runtimes', __DIR__ . '/config/runtimes.php');
Config::load('roles', __DIR__ . '/config/roles.php');

$register = new Registry();
App::setMode(App::getEnv('_APP_ENV', App::MODE_TYPE_PRODUCTION));

/*
 * Registry: connection pools for MariaDB and Redis.
 */
$register->set('pools', function () {
    $group = new Group();

    $fallbackForDB = 'db_main=' . URL::unparse([
        'scheme' => 'mariadb',
        'host' => App::getEnv('_APP_DB_HOST', 'mariadb'),
        'port' => App::getEnv('_APP_DB_PORT', '3306'),
        'user' => App::getEnv('_APP_DB_USER', ''),
        'pass' => App::getEnv('_APP_DB_PASS', ''),
        'path' => App::getEnv('_APP_DB_SCHEMA', ''),
    ]);
    $fallbackForRedis = 'redis_main=' . URL::unparse([
        'scheme' => 'redis',
        'host' => App::getEnv('_APP_REDIS_HOST', 'redis'),
        'port' => App::getEnv('_APP_REDIS_PORT', '6379'),
        'user' => App::getEnv('_APP_REDIS_USER', ''),
        'pass' => App::getEnv('_APP_REDIS_PASS', ''),
    ]);

    $connections = [
        'console' => ['type' => 'database', 'dsns' => App::getEnv('_APP_CONNECTIONS_DB_CONSOLE', $fallbackForDB), 'multiple' => false, 'schemes' => ['mariadb', 'mysql']],
        'database' => ['type' => 'database', 'dsns' => App::getEnv('_APP_CONNECTIONS_DB_PROJECT', $fallbackForDB), 'multiple' => true, 'schemes' => ['mariadb', 'mysql']],
        'queue' => ['type' => 'queue', 'dsns' => App::getEnv('_APP_CONNECTIONS_QUEUE', $fallbackForRedis), 'multiple' => false, 'schemes' => ['redis']],
        'pubsub' => ['type' => 'pubsub', 'dsns' => App::getEnv('_APP_CONNECTIONS_PUBSUB', $fallbackForRedis), 'multiple' => false, 'schemes' => ['redis']],
        'cache' => ['type' => 'cache', 'dsns' => App::getEnv('_APP_CONNECTIONS_CACHE', $fallbackForRedis), 'multiple' => true, 'schemes' => ['redis']],
    ];

    $maxConnections = App::getEnv('_APP_CONNECTIONS_MAX', 151);
    $instanceConnections = $maxConnections / App::getEnv('_APP_POOL_CLIENTS', 14);

    foreach ($connections as $key => $connection) {
        $type = $connection['type'];
        $dsns = explode(',', $connection['dsns'] ?? '');

        foreach ($dsns as &$dsn) {
            $dsn = explode('=', $dsn);
            $name = ($connection['multiple']) ? $key . '_' . $dsn[0] : $key;
            $dsn = new DSN($dsn[1] ?? '');
            $dsnHost = $dsn->getHost();
            $dsnPort = $dsn->getPort();
            $dsnUser = $dsn->getUser();
            $dsnPass = $dsn->getPassword();
            $dsnScheme = $dsn->getScheme();
            $dsnDatabase = $dsn->getPath();

            $resource = match ($dsnScheme) {
                'mysql', 'mariadb' => function () use ($dsnHost, $dsnPort, $dsnUser, $dsnPass, $dsnDatabase) {
                    return new PDOProxy(function () use ($dsnHost, $dsnPort, $dsnUser, $dsnPass, $dsnDatabase) {
                        return new PDO("mysql:host={$dsnHost};port={$dsnPort};dbname={$dsnDatabase};charset=utf8mb4", $dsnUser, $dsnPass, [
                            PDO::ATTR_TIMEOUT => 3,
                            PDO::ATTR_PERSISTENT => true,
                            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
                            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
                        ]);
                    });
                },
                'redis' => function () use ($dsnHost, $dsnPort, $dsnPass) {
                    $redis = new Redis();
                    @$redis->pconnect($dsnHost, (int)$dsnPort);
                    if ($dsnPass) {
                        $redis->auth($dsnPass);
                    }
                    $redis->setOption(Redis::OPT_READ_TIMEOUT, -1);
                    return $redis;
                },
                default => throw new Exception('Invalid scheme'),
            };

            $pool = new Pool($name, $instanceConnections, function () use ($type, $resource, $dsn) {
                $resource = $resource();
                return match ($type) {
                    'database' => match ($dsn->getScheme()) {
                        'mariadb' => new MariaDB($resource),
                        default => null,
                    },
                    'pubsub' => $resource,
                    'queue' => match ($dsn->getScheme()) {
                        'redis' => new Queue\Connection\Redis($dsn->getHost(), $dsn->getPort()),
                        default => null,
                    },
                    'cache' => match ($dsn->getScheme()) {
                        'redis' => new RedisCache($resource),
                        default => null,
                    },
                    default => throw new Exception('Server error: Missing adapter implementation.'),
                };
            });

            $group->add($pool);
        }

        Config::setParam('pools-' . $key, $dsns);
    }

    return $group;
});

/*
 * Storage devices. The deployment picks one with _APP_STORAGE_DEVICE.
 */
function getDevice($root): Device
{
    $connection = App::getEnv('_APP_CONNECTIONS_STORAGE', '');
    $device = Storage::DEVICE_LOCAL;
    $accessKey = $accessSecret = $bucket = $region = '';
    $acl = 'private';

    if (!empty($connection)) {
        // DSN based configuration is only used on Appwrite Cloud
        $dsn = new DSN($connection);
        $device = $dsn->getScheme();
    } else {
        $device = strtolower(App::getEnv('_APP_STORAGE_DEVICE', Storage::DEVICE_LOCAL));
    }

    switch ($device) {
        case Storage::DEVICE_S3:
            $s3AccessKey = App::getEnv('_APP_STORAGE_S3_ACCESS_KEY', '');
            $s3SecretKey = App::getEnv('_APP_STORAGE_S3_SECRET', '');
            $s3Region = App::getEnv('_APP_STORAGE_S3_REGION', '');
            $s3Bucket = App::getEnv('_APP_STORAGE_S3_BUCKET', '');
            return new S3($root, $s3AccessKey, $s3SecretKey, $s3Bucket, $s3Region, $acl);
        case Storage::DEVICE_DO_SPACES:
            return new DOSpaces($root, App::getEnv('_APP_STORAGE_DO_SPACES_ACCESS_KEY', ''), App::getEnv('_APP_STORAGE_DO_SPACES_SECRET', ''), App::getEnv('_APP_STORAGE_DO_SPACES_BUCKET', ''), App::getEnv('_APP_STORAGE_DO_SPACES_REGION', ''), $acl);
        case Storage::DEVICE_BACKBLAZE:
            return new Backblaze($root, App::getEnv('_APP_STORAGE_BACKBLAZE_ACCESS_KEY', ''), App::getEnv('_APP_STORAGE_BACKBLAZE_SECRET', ''), App::getEnv('_APP_STORAGE_BACKBLAZE_BUCKET', ''), App::getEnv('_APP_STORAGE_BACKBLAZE_REGION', ''), $acl);
        case Storage::DEVICE_LINODE:
            return new Linode($root, App::getEnv('_APP_STORAGE_LINODE_ACCESS_KEY', ''), App::getEnv('_APP_STORAGE_LINODE_SECRET', ''), App::getEnv('_APP_STORAGE_LINODE_BUCKET', ''), App::getEnv('_APP_STORAGE_LINODE_REGION', ''), $acl);
        case Storage::DEVICE_WASABI:
            return new Wasabi($root, App::getEnv('_APP_STORAGE_WASABI_ACCESS_KEY', ''), App::getEnv('_APP_STORAGE_WASABI_SECRET', ''), App::getEnv('_APP_STORAGE_WASABI_BUCKET', ''), App::getEnv('_APP_STORAGE_WASABI_REGION', ''), $acl);
        case Storage::DEVICE_LOCAL:
        default:
            return new Local($root);
    }
}

/*
 * Resources (HTTP request scope)
 */
App::setResource('register', fn () => $register);

App::setResource('queue', function (Group $pools) {
    return $pools->get('queue')->pop()->getResource();
}, ['pools']);

App::setResource('queueForMails', fn (Connection $queue) => new Mail($queue), ['queue']);
App::setResource('queueForDeletes', fn (Connection $queue) => new Delete($queue), ['queue']);
App::setResource('queueForDatabase', fn (Connection $queue) => new EventDatabase($queue), ['queue']);
App::setResource('queueForMessaging', fn (Connection $queue) => new Messaging($queue), ['queue']);
App::setResource('queueForFunctions', fn (Connection $queue) => new Func($queue), ['queue']);
App::setResource('queueForBuilds', fn (Connection $queue) => new \Appwrite\Event\Build($queue), ['queue']);
App::setResource('queueForMigrations', fn (Connection $queue) => new \Appwrite\Event\Migration($queue), ['queue']);
App::setResource('queueForAudits', fn (Connection $queue) => new Audit($queue), ['queue']);
App::setResource('queueForEvents', fn (Connection $queue) => new Event(Event::WEBHOOK_QUEUE_NAME, Event::WEBHOOK_CLASS_NAME, $queue), ['queue']);

App::setResource('cache', function (Group $pools) {
    $list = Config::getParam('pools-cache', []);
    $adapters = [];
    foreach ($list as $value) {
        $adapters[] = $pools->get($value)->pop()->getResource();
    }
    return new Cache(new Sharding($adapters));
}, ['pools']);

App::setResource('dbForConsole', function (Group $pools, Cache $cache) {
    $dbAdapter = $pools->get('console')->pop()->getResource();
    $database = new Database($dbAdapter, $cache);
    $database->setNamespace('_console');
    return $database;
}, ['pools', 'cache']);

App::setResource('dbForProject', function (Group $pools, Database $dbForConsole, Cache $cache, $project) {
    if ($project->isEmpty() || $project->getId() === 'console') {
        return $dbForConsole;
    }
    $dbAdapter = $pools->get($project->getAttribute('database'))->pop()->getResource();
    $database = new Database($dbAdapter, $cache);
    $database->setNamespace('_' . $project->getInternalId());
    return $database;
}, ['pools', 'dbForConsole', 'cache', 'project']);

App::setResource('deviceFiles', fn ($project) => getDevice(APP_STORAGE_UPLOADS . '/app-' . $project->getId()), ['project']);
App::setResource('deviceFunctions', fn ($project) => getDevice(APP_STORAGE_FUNCTIONS . '/app-' . $project->getId()), ['project']);
App::setResource('deviceBuilds', fn ($project) => getDevice(APP_STORAGE_BUILDS . '/app-' . $project->getId()), ['project']);

App::setResource('clamav', function () {
    // Antivirus is opt-in; disabled by default in .env (_APP_STORAGE_ANTIVIRUS=disabled)
    if (App::getEnv('_APP_STORAGE_ANTIVIRUS') !== 'enabled') {
        return null;
    }
    return new Network(
        App::getEnv('_APP_STORAGE_ANTIVIRUS_HOST', 'clamav'),
        (int) App::getEnv('_APP_STORAGE_ANTIVIRUS_PORT', 3310)
    );
});
