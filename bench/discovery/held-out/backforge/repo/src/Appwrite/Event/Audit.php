<?php

namespace Appwrite\Event;

use Utopia\Database\Document;
use Utopia\Queue\Client;
use Utopia\Queue\Connection;

class Audit extends Event
{
    protected string $resource = "";
    protected string $mode = "";
    protected string $userAgent = "";
    protected string $ip = "";

    public function setResource(string $resource): self
    {
        $this->resource = $resource;
        return $this;
    }

    public function setMode(string $mode): self
    {
        $this->mode = $mode;
        return $this;
    }

    public function getResource(): string
    {
        return $this->resource;
    }

    public function setUserAgent(string $userAgent): self
    {
        $this->userAgent = $userAgent;
        return $this;
    }

    public function setIP(string $ip): self
    {
        $this->ip = $ip;
        return $this;
    }

    public function __construct(protected Connection $connection)
    {
        parent::__construct(Event::AUDITS_QUEUE_NAME, Event::AUDITS_CLASS_NAME, $connection);
    }

    public function trigger(): string|bool
    {
        $client = new Client($this->queue, $this->connection);

        return $client->enqueue([
            'project' => $this->project,
            'user' => $this->user,
            'payload' => $this->payload,
            'resource' => $this->resource,
            'mode' => $this->mode,
            'ip' => $this->ip,
            'userAgent' => $this->userAgent,
            'event' => $this->event,
        ]);
    }
}
