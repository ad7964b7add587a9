<?php

use Appwrite\Event\Event;
use Appwrite\Utopia\Response;
use Utopia\App;
use Utopia\Config\Config;
use Utopia\Database\Document;
use Utopia\Pools\Group;
use Utopia\Queue\Client;
use Utopia\Queue\Connection;
use Utopia\Storage\Device;
use Utopia\Storage\Device\Local;

App::get('/v1/health')
    ->desc('Get HTTP')
    ->groups(['api', 'health'])
    ->label('scope', 'health.read')
    ->inject('response')
    ->action(function (Response $response) {
        $response->dynamic(new Document(['name' => 'http', 'status' => 'pass', 'ping' => 0]), Response::MODEL_HEALTH_STATUS);
    });

App::get('/v1/health/db')
    ->desc('Get DB')
    ->groups(['api', 'health'])
    ->label('scope', 'health.read')
    ->inject('response')
    ->inject('pools')
    ->action(function (Response $response, Group $pools) {
        $output = [];
        foreach (Config::getParam('pools-database', []) as $database) {
            $checkStart = \microtime(true);
            $adapter = $pools->get($database)->pop()->getResource();
            $adapter->ping();
            $output[] = new Document(['name' => $database, 'status' => 'pass', 'ping' => \round((\microtime(true) - $checkStart) / 1000)]);
        }
        $response->dynamic(new Document(['statuses' => $output, 'total' => \count($output)]), Response::MODEL_HEALTH_STATUS_LIST);
    });

App::get('/v1/health/queue/webhooks')
    ->desc('Get webhooks queue')
    ->groups(['api', 'health'])
    ->label('scope', 'health.read')
    ->inject('queue')
    ->inject('response')
    ->action(function (Connection $queue, Response $response) {
        $client = new Client(Event::WEBHOOK_QUEUE_NAME, $queue);
        $response->dynamic(new Document(['size' => $client->getQueueSize()]), Response::MODEL_HEALTH_QUEUE);
    });

App::get('/v1/health/queue/functions')
    ->desc('Get functions queue')
    ->groups(['api', 'health'])
    ->label('scope', 'health.read')
    ->inject('queue')
    ->inject('response')
    ->action(function (Connection $queue, Response $response) {
        $client = new Client(Event::FUNCTIONS_QUEUE_NAME, $queue);
        $response->dynamic(new Document(['size' => $client->getQueueSize()]), Response::MODEL_HEALTH_QUEUE);
    });

App::get('/v1/health/storage/local')
    ->desc('Get local storage')
    ->groups(['api', 'health'])
    ->label('scope', 'health.read')
    ->inject('response')
    ->action(function (Response $response) {
        foreach (['Uploads' => APP_STORAGE_UPLOADS, 'Cache' => APP_STORAGE_CACHE, 'Config' => APP_STORAGE_CONFIG, 'Certs' => APP_STORAGE_CERTIFICATES] as $key => $volume) {
            $device = new Local($volume);
            if (!\is_readable($device->getRoot()) || !\is_writable($device->getRoot())) {
                throw new \Exception('Device ' . $key . ' dir is not readable/writable', 500);
            }
        }
        $response->dynamic(new Document(['name' => 'storage.local', 'status' => 'pass', 'ping' => 0]), Response::MODEL_HEALTH_STATUS);
    });

App::get('/v1/health/anti-virus')
    ->desc('Get antivirus')
    ->groups(['api', 'health'])
    ->label('scope', 'health.read')
    ->inject('response')
    ->action(function (Response $response) {
        $output = ['status' => '', 'version' => ''];
        if (App::getEnv('_APP_STORAGE_ANTIVIRUS') === 'disabled') {
            $output['status'] = 'disabled';
        } else {
            $antivirus = new \Appwrite\ClamAV\Network(App::getEnv('_APP_STORAGE_ANTIVIRUS_HOST', 'clamav'), (int) App::getEnv('_APP_STORAGE_ANTIVIRUS_PORT', 3310));
            $output['version'] = @$antivirus->version();
            $output['status'] = (@$antivirus->ping()) ? 'pass' : 'fail';
        }
        $response->dynamic(new Document($output), Response::MODEL_HEALTH_ANTIVIRUS);
    });
