<?php

require_once __DIR__ . '/../init.php';

use Appwrite\Event\Audit;
use Appwrite\Event\Event;
use Appwrite\Messaging\Adapter\Realtime;
use Utopia\App;
use Utopia\Config\Config;
use Utopia\Database\Database;
use Utopia\Database\Document;
use Utopia\Swoole\Request;
use Appwrite\Utopia\Response;

Config::setParam('domainVerification', false);
Config::setParam('cookieDomain', 'localhost');

App::init()
    ->groups(['api'])
    ->inject('request')
    ->inject('project')
    ->inject('user')
    ->inject('queueForAudits')
    ->inject('queueForEvents')
    ->action(function (Request $request, Document $project, Document $user, Audit $queueForAudits, Event $queueForEvents) {
        $queueForAudits
            ->setMode('default')
            ->setUserAgent($request->getUserAgent(''))
            ->setIP($request->getIP())
            ->setProject($project)
            ->setUser($user);

        $queueForEvents
            ->setProject($project)
            ->setUser($user);
    });

/**
 * After every API call: fan out audits, webhooks, function events and realtime messages.
 */
App::shutdown()
    ->groups(['api'])
    ->inject('project')
    ->inject('response')
    ->inject('queueForAudits')
    ->inject('queueForEvents')
    ->inject('queueForFunctions')
    ->action(function (Document $project, Response $response, Audit $queueForAudits, Event $queueForEvents, $queueForFunctions) {
        if (!empty($queueForEvents->getEvent())) {
            if (empty($queueForEvents->getPayload())) {
                $queueForEvents->setPayload($response->getPayload());
            }

            // webhooks
            $queueForEvents->setQueue(Event::WEBHOOK_QUEUE_NAME)->trigger();

            // functions triggered by events
            $queueForFunctions->from($queueForEvents)->trigger();

            if ($project->getId() !== 'console') {
                $allEvents = Event::generateEvents($queueForEvents->getEvent(), $queueForEvents->getParams());
                $payload = new Document($queueForEvents->getPayload());
                $target = Realtime::fromPayload(event: $allEvents[0], payload: $payload, project: $project);

                Realtime::send(
                    projectId: $target['projectId'] ?? $project->getId(),
                    payload: $queueForEvents->getPayload(),
                    events: $allEvents,
                    channels: $target['channels'],
                    roles: $target['roles'],
                );
            }
        }

        if (!empty($queueForAudits->getResource())) {
            $queueForAudits->trigger();
        }
    });

App::get('/.well-known/acme-challenge/*')
    ->desc('SSL Verification')
    ->label('scope', 'public')
    ->inject('request')
    ->inject('response')
    ->action(function (Request $request, Response $response) {
        $uriChunks = \explode('/', $request->getURI());
        $token = $uriChunks[\count($uriChunks) - 1];
        $base = \realpath(APP_STORAGE_CERTIFICATES);
        $absolute = \realpath($base . '/.well-known/acme-challenge/' . $token);

        if (!$base || !$absolute || !\substr($absolute, 0, \strlen($base)) === $base || !\file_exists($absolute)) {
            throw new \Exception('Unknown path', 404);
        }

        $response->text(\file_get_contents($absolute));
    });

include_once __DIR__ . '/api/account.php';
include_once __DIR__ . '/api/console.php';
include_once __DIR__ . '/api/databases.php';
include_once __DIR__ . '/api/functions.php';
include_once __DIR__ . '/api/health.php';
include_once __DIR__ . '/api/storage.php';
