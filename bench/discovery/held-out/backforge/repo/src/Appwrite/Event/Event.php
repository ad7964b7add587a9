<?php

namespace Appwrite\Event;

use Utopia\Database\Document;
use Utopia\Queue\Client;
use Utopia\Queue\Connection;

class Event
{
    public const DATABASE_QUEUE_NAME = 'v1-database';
    public const DATABASE_CLASS_NAME = 'DatabaseV1';

    public const DELETE_QUEUE_NAME = 'v1-deletes';
    public const DELETE_CLASS_NAME = 'DeletesV1';

    public const AUDITS_QUEUE_NAME = 'v1-audits';
    public const AUDITS_CLASS_NAME = 'AuditsV1';

    public const MAILS_QUEUE_NAME = 'v1-mails';
    public const MAILS_CLASS_NAME = 'MailsV1';

    public const FUNCTIONS_QUEUE_NAME = 'v1-functions';
    public const FUNCTIONS_CLASS_NAME = 'FunctionsV1';

    public const WEBHOOK_QUEUE_NAME = 'v1-webhooks';
    public const WEBHOOK_CLASS_NAME = 'WebhooksV1';

    public const CERTIFICATES_QUEUE_NAME = 'v1-certificates';
    public const CERTIFICATES_CLASS_NAME = 'CertificatesV1';

    public const BUILDS_QUEUE_NAME = 'v1-builds';
    public const BUILDS_CLASS_NAME = 'BuildsV1';

    public const MESSAGING_QUEUE_NAME = 'v1-messaging';
    public const MESSAGING_CLASS_NAME = 'MessagingV1';

    public const MIGRATIONS_QUEUE_NAME = 'v1-migrations';
    public const MIGRATIONS_CLASS_NAME = 'MigrationsV1';

    protected string $queue = '';
    protected string $class = '';
    protected string $event = '';
    protected array $params = [];
    protected array $payload = [];
    protected array $context = [];
    protected ?Document $project = null;
    protected ?Document $user = null;
    protected ?Connection $connection = null;

    public function __construct(string $queue, string $class, ?Connection $connection = null)
    {
        $this->queue = $queue;
        $this->class = $class;
        $this->connection = $connection;
    }

    public function setQueue(string $queue): self
    {
        $this->queue = $queue;
        return $this;
    }

    public function getQueue(): string
    {
        return $this->queue;
    }

    public function setEvent(string $event): self
    {
        $this->event = $event;
        return $this;
    }

    public function getEvent(): string
    {
        return $this->event;
    }

    public function setProject(Document $project): self
    {
        $this->project = $project;
        return $this;
    }

    public function getProject(): ?Document
    {
        return $this->project;
    }

    public function setUser(Document $user): self
    {
        $this->user = $user;
        return $this;
    }

    public function setPayload(array $payload): self
    {
        $this->payload = $payload;
        return $this;
    }

    public function getPayload(): array
    {
        return $this->payload;
    }

    public function setContext(string $key, Document $context): self
    {
        $this->context[$key] = $context;
        return $this;
    }

    public function setParam(string $key, mixed $value): self
    {
        $this->params[$key] = $value;
        return $this;
    }

    public function getParam(string $key): mixed
    {
        return $this->params[$key] ?? null;
    }

    /**
     * Push the job onto the Redis-backed queue (utopia-php/queue).
     */
    public function trigger(): string|bool
    {
        $client = new Client($this->queue, $this->connection);

        return $client->enqueue([
            'project' => $this->project,
            'user' => $this->user,
            'payload' => $this->payload,
            'context' => $this->context,
            'events' => Event::generateEvents($this->getEvent(), $this->getParams()),
        ]);
    }

    public function getParams(): array
    {
        return $this->params;
    }

    public function reset(): self
    {
        $this->params = [];
        return $this;
    }

    public static function generateEvents(string $pattern, array $params = []): array
    {
        if (empty($pattern)) {
            return [];
        }
        $events = [$pattern];
        foreach ($params as $key => $value) {
            $events[] = \str_replace('[' . $key . ']', (string) $value, $pattern);
        }
        return \array_values(\array_unique($events));
    }
}
