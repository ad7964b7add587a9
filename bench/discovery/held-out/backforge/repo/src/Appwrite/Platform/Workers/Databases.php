<?php

namespace Appwrite\Platform\Workers;

use Exception;
use Utopia\Database\Database;
use Utopia\Database\Document;
use Utopia\Platform\Action;
use Utopia\Queue\Message;

class Databases extends Action
{
    public static function getName(): string
    {
        return 'databases';
    }

    public function __construct()
    {
        $this
            ->desc('Databases worker')
            ->inject('message')
            ->inject('dbForConsole')
            ->inject('dbForProject')
            ->callback(fn (Message $message, Database $dbForConsole, Database $dbForProject) => $this->action($message, $dbForConsole, $dbForProject));
    }

    /**
     * Creates/deletes attributes and indexes asynchronously in MariaDB.
     */
    public function action(Message $message, Database $dbForConsole, Database $dbForProject): void
    {
        $payload = $message->getPayload() ?? [];

        if (empty($payload)) {
            throw new Exception('Missing payload');
        }

        $type = $payload['type'];
        $project = new Document($payload['project']);
        $collection = new Document($payload['collection'] ?? []);
        $document = new Document($payload['document'] ?? []);
        $database = new Document($payload['database'] ?? []);

        if ($database->isEmpty()) {
            throw new Exception('Missing database');
        }

        match (\strval($type)) {
            DATABASE_TYPE_CREATE_ATTRIBUTE => $this->createAttribute($database, $collection, $document, $project, $dbForProject),
            DATABASE_TYPE_DELETE_ATTRIBUTE => $this->deleteAttribute($database, $collection, $document, $project, $dbForProject),
            DATABASE_TYPE_CREATE_INDEX => $this->createIndex($database, $collection, $document, $project, $dbForProject),
            DATABASE_TYPE_DELETE_INDEX => $this->deleteIndex($database, $collection, $document, $project, $dbForProject),
            default => throw new Exception('No database operation for type: ' . \strval($type)),
        };
    }

    private function createAttribute(Document $database, Document $collection, Document $attribute, Document $project, Database $dbForProject): void
    {
        $key = $attribute->getAttribute('key', '');
        $collectionId = 'database_' . $database->getInternalId() . '_collection_' . $collection->getInternalId();

        try {
            $dbForProject->createAttribute(
                $collectionId,
                $key,
                $attribute->getAttribute('type', ''),
                $attribute->getAttribute('size', 0),
                $attribute->getAttribute('required', false),
                $attribute->getAttribute('default', null),
                $attribute->getAttribute('signed', true),
                $attribute->getAttribute('array', false),
                $attribute->getAttribute('format', ''),
                $attribute->getAttribute('formatOptions', []),
                $attribute->getAttribute('filters', [])
            );
            $dbForProject->updateDocument('attributes', $attribute->getId(), $attribute->setAttribute('status', 'available'));
        } catch (\Throwable $th) {
            $dbForProject->updateDocument('attributes', $attribute->getId(), $attribute->setAttribute('status', 'failed'));
        } finally {
            $dbForProject->deleteCachedDocument('database_' . $database->getInternalId(), $collection->getId());
        }
    }

    private function deleteAttribute(Document $database, Document $collection, Document $attribute, Document $project, Database $dbForProject): void
    {
        $collectionId = 'database_' . $database->getInternalId() . '_collection_' . $collection->getInternalId();
        $dbForProject->deleteAttribute($collectionId, $attribute->getAttribute('key'));
        $dbForProject->deleteDocument('attributes', $attribute->getId());
    }

    private function createIndex(Document $database, Document $collection, Document $index, Document $project, Database $dbForProject): void
    {
        $collectionId = 'database_' . $database->getInternalId() . '_collection_' . $collection->getInternalId();
        $dbForProject->createIndex($collectionId, $index->getAttribute('key'), $index->getAttribute('type'), $index->getAttribute('attributes', []), $index->getAttribute('lengths', []), $index->getAttribute('orders', []));
        $dbForProject->updateDocument('indexes', $index->getId(), $index->setAttribute('status', 'available'));
    }

    private function deleteIndex(Document $database, Document $collection, Document $index, Document $project, Database $dbForProject): void
    {
        $collectionId = 'database_' . $database->getInternalId() . '_collection_' . $collection->getInternalId();
        $dbForProject->deleteIndex($collectionId, $index->getAttribute('key'));
        $dbForProject->deleteDocument('indexes', $index->getId());
    }
}
