<?php

namespace Appwrite\Event;

use Utopia\Database\Document;
use Utopia\Queue\Client;
use Utopia\Queue\Connection;

class Migration extends Event
{
    protected string $type = "";
    protected ?Document $migration = null;

    public function setMigration(Document $migration): self
    {
        $this->migration = $migration;
        return $this;
    }

    public function setType(string $type): self
    {
        $this->type = $type;
        return $this;
    }

    public function __construct(protected Connection $connection)
    {
        parent::__construct(Event::MIGRATIONS_QUEUE_NAME, Event::MIGRATIONS_CLASS_NAME, $connection);
    }

    public function trigger(): string|bool
    {
        $client = new Client($this->queue, $this->connection);

        return $client->enqueue([
            'project' => $this->project,
            'user' => $this->user,
            'migration' => $this->migration,
            'type' => $this->type,
        ]);
    }
}
