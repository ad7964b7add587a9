<?php

namespace Appwrite\Platform\Workers;

use Executor\Executor;
use Exception;
use Utopia\App;
use Utopia\Audit\Audit;
use Utopia\CLI\Console;
use Utopia\Database\Database;
use Utopia\Database\Document;
use Utopia\Database\Query;
use Utopia\Platform\Action;
use Utopia\Queue\Message;
use Utopia\Storage\Device;

class Deletes extends Action
{
    public static function getName(): string
    {
        return 'deletes';
    }

    public function __construct()
    {
        $this
            ->desc('Deletes worker')
            ->inject('message')
            ->inject('dbForConsole')
            ->inject('dbForProject')
            ->inject('deviceFiles')
            ->inject('deviceFunctions')
            ->inject('deviceBuilds')
            ->inject('deviceCache')
            ->callback(fn ($message, $dbForConsole, $dbForProject, $deviceFiles, $deviceFunctions, $deviceBuilds, $deviceCache) =>
                $this->action($message, $dbForConsole, $dbForProject, $deviceFiles, $deviceFunctions, $deviceBuilds, $deviceCache));
    }

    public function action(Message $message, Database $dbForConsole, Database $dbForProject, Device $deviceFiles, Device $deviceFunctions, Device $deviceBuilds, Device $deviceCache): void
    {
        $payload = $message->getPayload() ?? [];

        if (empty($payload)) {
            throw new Exception('Missing payload');
        }

        $type = $payload['type'] ?? '';
        $datetime = $payload['datetime'] ?? null;
        $project = new Document($payload['project'] ?? []);
        $document = new Document($payload['document'] ?? []);

        switch (strval($type)) {
            case DELETE_TYPE_DOCUMENT:
                switch ($document->getCollection()) {
                    case DELETE_TYPE_PROJECTS:
                        $this->deleteProject($dbForProject, $deviceFiles, $deviceFunctions, $deviceBuilds, $deviceCache, $document);
                        break;
                    case DELETE_TYPE_FUNCTIONS:
                        $this->deleteFunction($dbForProject, $deviceFunctions, $deviceBuilds, $document, $project);
                        break;
                    case DELETE_TYPE_DEPLOYMENTS:
                        $this->deleteDeployment($deviceFunctions, $deviceBuilds, $document, $project);
                        break;
                    case DELETE_TYPE_BUCKETS:
                        $this->deleteBucket($dbForProject, $deviceFiles, $document);
                        break;
                    default:
                        Console::error('No lazy delete operation available for document of type: ' . $document->getCollection());
                        break;
                }
                break;
            case DELETE_TYPE_EXECUTIONS:
                $dbForProject->deleteDocuments('executions', [Query::lessThan('$createdAt', $datetime)]);
                break;
            case DELETE_TYPE_AUDIT:
                $audit = new Audit($dbForProject);
                $audit->cleanup($datetime);
                break;
            case DELETE_TYPE_CACHE_BY_TIMESTAMP:
                $deviceCache->deletePath('');
                break;
            default:
                Console::error('No delete operation for type: ' . $type);
                break;
        }
    }

    private function deleteProject(Database $dbForProject, Device $deviceFiles, Device $deviceFunctions, Device $deviceBuilds, Device $deviceCache, Document $document): void
    {
        foreach ($dbForProject->listCollections() as $collection) {
            $dbForProject->deleteCollection($collection->getId());
        }
        $deviceFiles->delete($deviceFiles->getRoot(), true);
        $deviceFunctions->delete($deviceFunctions->getRoot(), true);
        $deviceBuilds->delete($deviceBuilds->getRoot(), true);
        $deviceCache->delete($deviceCache->getRoot(), true);
    }

    private function deleteBucket(Database $dbForProject, Device $deviceFiles, Document $document): void
    {
        $dbForProject->deleteCollection('bucket_' . $document->getInternalId());
        $deviceFiles->deletePath($document->getId());
    }

    private function deleteFunction(Database $dbForProject, Device $deviceFunctions, Device $deviceBuilds, Document $document, Document $project): void
    {
        $functionId = $document->getId();
        $deployments = $dbForProject->find('deployments', [Query::equal('resourceId', [$functionId])]);
        foreach ($deployments as $deployment) {
            $deviceFunctions->delete($deployment->getAttribute('path', ''));
            $this->deleteRuntimes($deployment, $project);
        }
        $dbForProject->deleteDocuments('executions', [Query::equal('functionId', [$functionId])]);
    }

    private function deleteDeployment(Device $deviceFunctions, Device $deviceBuilds, Document $document, Document $project): void
    {
        $deviceFunctions->delete($document->getAttribute('path', ''));
        $deviceBuilds->deletePath($document->getId());
        $this->deleteRuntimes($document, $project);
    }

    /**
     * Ask openruntimes-executor to remove warm runtime containers for a deployment.
     */
    private function deleteRuntimes(Document $deployment, Document $project): void
    {
        $executor = new Executor(App::getEnv('_APP_EXECUTOR_HOST'));
        try {
            $executor->deleteRuntime($project->getId(), $deployment->getId());
        } catch (\Throwable $th) {
            Console::error($th->getMessage());
        }
    }
}
