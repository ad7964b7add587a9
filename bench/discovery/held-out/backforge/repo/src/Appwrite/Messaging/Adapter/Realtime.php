<?php

namespace Appwrite\Messaging\Adapter;

use Utopia\App;
use Utopia\Database\DateTime;
use Utopia\Database\Document;

class Realtime
{
    /**
     * Connection Tree
     *
     * [CONNECTION_ID] -> 'projectId' -> [PROJECT_ID], 'roles' -> [ROLE_x, ROLE_Y], 'channels' -> [CHANNEL_NAME_X, CHANNEL_NAME_Y]
     */
    public array $connections = [];

    /**
     * Subscription Tree: [PROJECT_ID] -> [ROLE_X] -> [CHANNEL_NAME_X] -> [CONNECTION_ID]
     */
    public array $subscriptions = [];

    public function subscribe(string $projectId, mixed $identifier, array $roles, array $channels): void
    {
        if (!isset($this->subscriptions[$projectId])) {
            $this->subscriptions[$projectId] = [];
        }
        foreach ($roles as $role) {
            foreach ($channels as $channel => $list) {
                $this->subscriptions[$projectId][$role][$channel][$identifier] = true;
            }
        }
        $this->connections[$identifier] = ['projectId' => $projectId, 'roles' => $roles, 'channels' => $channels];
    }

    public function unsubscribe(mixed $connection): void
    {
        $projectId = $this->connections[$connection]['projectId'] ?? '';
        $roles = $this->connections[$connection]['roles'] ?? [];
        foreach ($roles as $role) {
            foreach ($this->subscriptions[$projectId][$role] ?? [] as $channel => $list) {
                unset($this->subscriptions[$projectId][$role][$channel][$connection]);
            }
        }
        unset($this->connections[$connection]);
    }

    public function hasSubscriber(string $project, string $role, string $channel = ''): bool
    {
        if (empty($channel)) {
            return array_key_exists($project, $this->subscriptions) && array_key_exists($role, $this->subscriptions[$project]);
        }
        return array_key_exists($channel, $this->subscriptions[$project][$role] ?? []);
    }

    /**
     * Publish an event to the Redis pub/sub channel "realtime", consumed by appwrite-realtime.
     */
    public static function send(string $projectId, array $payload, array $events, array $channels, array $roles, array $options = []): void
    {
        if (empty($channels) || empty($roles) || empty($projectId)) {
            return;
        }

        $permissionsChanged = array_key_exists('permissionsChanged', $options) && $options['permissionsChanged'];
        $userId = array_key_exists('userId', $options) ? $options['userId'] : null;

        $redis = new \Redis();
        $redis->connect(App::getEnv('_APP_REDIS_HOST', ''), App::getEnv('_APP_REDIS_PORT', ''));
        if (!empty(App::getEnv('_APP_REDIS_PASS', ''))) {
            $redis->auth(App::getEnv('_APP_REDIS_PASS', ''));
        }

        $redis->publish('realtime', json_encode([
            'project' => $projectId,
            'roles' => $roles,
            'permissionsChanged' => $permissionsChanged,
            'userId' => $userId,
            'data' => [
                'events' => $events,
                'channels' => $channels,
                'timestamp' => DateTime::formatTz(DateTime::now()),
                'payload' => $payload,
            ],
        ]));
    }

    public function getSubscribers(array $event): array
    {
        $receivers = [];
        if ($this->subscriptions[$event['project']] ?? false) {
            foreach ($this->subscriptions[$event['project']] as $role => $subscription) {
                foreach ($event['data']['channels'] as $channel) {
                    if (\array_key_exists($channel, $this->subscriptions[$event['project']][$role]) && \in_array($role, $event['roles'])) {
                        foreach (array_keys($this->subscriptions[$event['project']][$role][$channel]) as $id) {
                            $receivers[] = $id;
                        }
                    }
                }
            }
        }
        return array_keys(array_flip($receivers));
    }

    public static function convertChannels(array $channels, string $userId): array
    {
        $channels = array_flip($channels);
        foreach ($channels as $key => $value) {
            if (str_starts_with($key, 'account.')) {
                unset($channels[$key]);
            } elseif ($key === 'account' && !empty($userId)) {
                $channels['account.' . $userId] = $value;
            }
        }
        return $channels;
    }

    public static function fromPayload(string $event, Document $payload, Document $project = null, Document $database = null, Document $collection = null, Document $bucket = null): array
    {
        $parts = explode('.', $event);
        $channels = [];
        $roles = [];
        switch ($parts[0]) {
            case 'functions':
                $channels[] = 'console';
                $channels[] = 'executions';
                $channels[] = 'executions.' . $payload->getId();
                $channels[] = 'functions.' . $payload->getAttribute('functionId');
                $roles = $payload->getRead();
                break;
            case 'buckets':
                $channels[] = 'files';
                $channels[] = 'buckets.' . $payload->getAttribute('bucketId') . '.files';
                $roles = $payload->getRead();
                break;
            default:
                $channels[] = 'console';
                $roles = ['team:' . ($project?->getAttribute('teamId') ?? '')];
        }
        return ['channels' => $channels, 'roles' => $roles, 'projectId' => $project?->getId()];
    }
}
