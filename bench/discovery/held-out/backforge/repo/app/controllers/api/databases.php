<?php

use Appwrite\Event\Database as EventDatabase;
use Appwrite\Event\Event;
use Appwrite\Utopia\Response;
use Utopia\App;
use Utopia\Database\Database;
use Utopia\Database\Document;
use Utopia\Database\Helpers\ID;
use Utopia\Validator\Boolean;
use Utopia\Validator\Range;
use Utopia\Validator\Text;

App::post('/v1/databases/:databaseId/collections/:collectionId/attributes/string')
    ->desc('Create string attribute')
    ->groups(['api', 'database', 'schema'])
    ->label('event', 'databases.[databaseId].collections.[collectionId].attributes.[attributeId].create')
    ->label('scope', 'collections.write')
    ->param('databaseId', '', new Text(36), 'Database ID.')
    ->param('collectionId', '', new Text(36), 'Collection ID.')
    ->param('key', '', new Text(36), 'Attribute Key.')
    ->param('size', null, new Range(1, APP_DATABASE_ATTRIBUTE_STRING_MAX_LENGTH, Range::TYPE_INTEGER), 'Attribute size for text attributes, in number of characters.')
    ->param('required', null, new Boolean(), 'Is attribute required?')
    ->inject('response')
    ->inject('dbForProject')
    ->inject('queueForDatabase')
    ->inject('queueForEvents')
    ->action(function (string $databaseId, string $collectionId, string $key, ?int $size, ?bool $required, Response $response, Database $dbForProject, EventDatabase $queueForDatabase, Event $queueForEvents) {
        $db = $dbForProject->getDocument('databases', $databaseId);
        if ($db->isEmpty()) {
            throw new \Exception('Database not found', 404);
        }

        $collection = $dbForProject->getDocument('database_' . $db->getInternalId(), $collectionId);
        if ($collection->isEmpty()) {
            throw new \Exception('Collection not found', 404);
        }

        $attribute = $dbForProject->createDocument('attributes', new Document([
            '$id' => ID::custom($db->getInternalId() . '_' . $collection->getInternalId() . '_' . $key),
            'key' => $key,
            'databaseInternalId' => $db->getInternalId(),
            'databaseId' => $db->getId(),
            'collectionInternalId' => $collection->getInternalId(),
            'collectionId' => $collectionId,
            'type' => Database::VAR_STRING,
            'status' => 'processing',
            'size' => $size,
            'required' => $required,
            'signed' => true,
            'array' => false,
        ]));

        $dbForProject->deleteCachedDocument('database_' . $db->getInternalId(), $collectionId);

        // Attribute creation is async: the databases worker runs ALTER TABLE
        $queueForDatabase
            ->setType(DATABASE_TYPE_CREATE_ATTRIBUTE)
            ->setDatabase($db)
            ->setCollection($collection)
            ->setDocument($attribute)
            ->trigger();

        $queueForEvents
            ->setParam('databaseId', $databaseId)
            ->setParam('collectionId', $collection->getId())
            ->setParam('attributeId', $attribute->getId());

        $response->setStatusCode(Response::STATUS_CODE_ACCEPTED)->dynamic($attribute, Response::MODEL_ATTRIBUTE_STRING);
    });

App::get('/v1/databases/:databaseId/collections/:collectionId/documents/:documentId')
    ->desc('Get document')
    ->groups(['api', 'database'])
    ->label('scope', 'documents.read')
    ->param('databaseId', '', new Text(36), 'Database ID.')
    ->param('collectionId', '', new Text(36), 'Collection ID.')
    ->param('documentId', '', new Text(36), 'Document ID.')
    ->inject('response')
    ->inject('dbForProject')
    ->action(function (string $databaseId, string $collectionId, string $documentId, Response $response, Database $dbForProject) {
        $database = $dbForProject->getDocument('databases', $databaseId);
        $collection = $dbForProject->getDocument('database_' . $database->getInternalId(), $collectionId);
        $document = $dbForProject->getDocument('database_' . $database->getInternalId() . '_collection_' . $collection->getInternalId(), $documentId);

        if ($document->isEmpty()) {
            throw new \Exception('Document not found', 404);
        }

        $response->dynamic($document, Response::MODEL_DOCUMENT);
    });
