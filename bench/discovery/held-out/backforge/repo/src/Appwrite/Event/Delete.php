<?php

namespace Appwrite\Event;

use Utopia\Database\Document;
use Utopia\Queue\Client;
use Utopia\Queue\Connection;

class Delete extends Event
{
    protected string $type = "";
    protected ?Document $document = null;
    protected ?string $datetime = null;

    public function setType(string $type): self
    {
        $this->type = $type;
        return $this;
    }

    public function setDocument(Document $document): self
    {
        $this->document = $document;
        return $this;
    }

    public function setDatetime(string $datetime): self
    {
        $this->datetime = $datetime;
        return $this;
    }

    public function __construct(protected Connection $connection)
    {
        parent::__construct(Event::DELETE_QUEUE_NAME, Event::DELETE_CLASS_NAME, $connection);
    }

    public function trigger(): string|bool
    {
        $client = new Client($this->queue, $this->connection);

        return $client->enqueue([
            'project' => $this->project,
            'user' => $this->user,
            'type' => $this->type,
            'document' => $this->document,
            'datetime' => $this->datetime,
        ]);
    }
}
