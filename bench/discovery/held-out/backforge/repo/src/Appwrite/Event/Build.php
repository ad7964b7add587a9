<?php

namespace Appwrite\Event;

use Utopia\Database\Document;
use Utopia\Queue\Client;
use Utopia\Queue\Connection;

class Build extends Event
{
    protected string $type = "";
    protected ?Document $resource = null;
    protected ?Document $deployment = null;
    protected string $template = "";

    public function setResource(Document $resource): self
    {
        $this->resource = $resource;
        return $this;
    }

    public function setDeployment(Document $deployment): self
    {
        $this->deployment = $deployment;
        return $this;
    }

    public function setType(string $type): self
    {
        $this->type = $type;
        return $this;
    }

    public function __construct(protected Connection $connection)
    {
        parent::__construct(Event::BUILDS_QUEUE_NAME, Event::BUILDS_CLASS_NAME, $connection);
    }

    public function trigger(): string|bool
    {
        $client = new Client($this->queue, $this->connection);

        return $client->enqueue([
            'project' => $this->project,
            'user' => $this->user,
            'resource' => $this->resource,
            'deployment' => $this->deployment,
            'type' => $this->type,
            'template' => $this->template,
        ]);
    }
}
