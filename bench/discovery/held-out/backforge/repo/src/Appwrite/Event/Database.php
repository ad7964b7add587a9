<?php

namespace Appwrite\Event;

use Utopia\Database\Document;
use Utopia\Queue\Client;
use Utopia\Queue\Connection;

class Database extends Event
{
    protected string $type = "";
    protected ?Document $database = null;
    protected ?Document $collection = null;
    protected ?Document $document = null;

    public function setType(string $type): self
    {
        $this->type = $type;
        return $this;
    }

    public function setDatabase(Document $database): self
    {
        $this->database = $database;
        return $this;
    }

    public function setCollection(Document $collection): self
    {
        $this->collection = $collection;
        return $this;
    }

    public function setDocument(Document $document): self
    {
        $this->document = $document;
        return $this;
    }

    public function __construct(protected Connection $connection)
    {
        parent::__construct(Event::DATABASE_QUEUE_NAME, Event::DATABASE_CLASS_NAME, $connection);
    }

    public function trigger(): string|bool
    {
        $client = new Client($this->queue, $this->connection);

        return $client->enqueue([
            'project' => $this->project,
            'user' => $this->user,
            'type' => $this->type,
            'database' => $this->database,
            'collection' => $this->collection,
            'document' => $this->document,
            'events' => Event::generateEvents($this->getEvent(), $this->getParams()),
        ]);
    }
}
