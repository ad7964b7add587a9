<?php

namespace Appwrite\Platform\Workers;

use Exception;
use Utopia\App;
use Utopia\CLI\Console;
use Utopia\Database\Database;
use Utopia\Database\Document;
use Utopia\Migration\Destinations\Appwrite as DestinationAppwrite;
use Utopia\Migration\Source;
use Utopia\Migration\Sources\Appwrite;
use Utopia\Migration\Sources\Firebase;
use Utopia\Migration\Sources\NHost;
use Utopia\Migration\Sources\Supabase;
use Utopia\Migration\Transfer;
use Utopia\Platform\Action;
use Utopia\Queue\Message;

class Migrations extends Action
{
    public static function getName(): string
    {
        return 'migrations';
    }

    public function __construct()
    {
        $this
            ->desc('Migrations worker')
            ->inject('message')
            ->inject('dbForProject')
            ->inject('dbForConsole')
            ->callback(fn (Message $message, Database $dbForProject, Database $dbForConsole) => $this->action($message, $dbForProject, $dbForConsole));
    }

    public function action(Message $message, Database $dbForProject, Database $dbForConsole): void
    {
        $payload = $message->getPayload() ?? [];

        if (empty($payload)) {
            throw new Exception('Missing payload');
        }

        $events = $payload['events'] ?? [];
        $project = new Document($payload['project'] ?? []);
        $migration = new Document($payload['migration'] ?? []);

        if (!empty($events)) {
            return;
        }

        $this->processMigration($project, $migration, $dbForProject, $dbForConsole);
    }

    /**
     * Sources are user-supplied (Firebase service account, Supabase/NHost DB credentials, another Appwrite endpoint).
     */
    protected function processSource(string $source, array $credentials): Source
    {
        return match ($source) {
            Firebase::getName() => new Firebase(json_decode($credentials['serviceAccount'], true)),
            Supabase::getName() => new Supabase($credentials['endpoint'], $credentials['apiKey'], $credentials['databaseHost'], 'postgres', $credentials['username'], $credentials['password'], $credentials['port']),
            NHost::getName() => new NHost($credentials['subdomain'], $credentials['region'], $credentials['adminSecret'], $credentials['database'], $credentials['username'], $credentials['password'], $credentials['port']),
            Appwrite::getName() => new Appwrite($credentials['projectId'], str_starts_with($credentials['endpoint'], 'http://localhost/v1') ? 'http://appwrite/v1' : $credentials['endpoint'], $credentials['apiKey']),
            default => throw new \Exception('Invalid source type'),
        };
    }

    protected function processMigration(Document $project, Document $migration, Database $dbForProject, Database $dbForConsole): void
    {
        $migration = $dbForProject->getDocument('migrations', $migration->getId());
        $migration->setAttribute('stage', 'processing');
        $migration->setAttribute('status', 'processing');
        $dbForProject->updateDocument('migrations', $migration->getId(), $migration);

        try {
            $source = $this->processSource($migration->getAttribute('source'), $migration->getAttribute('credentials'));
            $destination = new DestinationAppwrite($project->getId(), 'http://appwrite/v1', $migration->getAttribute('tempApiKey', ''));
            $transfer = new Transfer($source, $destination);
            $transfer->run($migration->getAttribute('resources'), function () use ($migration, $transfer, $dbForProject) {
                $migration->setAttribute('statusCounters', json_encode($transfer->getStatusCounters()));
                $dbForProject->updateDocument('migrations', $migration->getId(), $migration);
            });
            $migration->setAttribute('status', 'completed');
            $migration->setAttribute('stage', 'finished');
        } catch (\Throwable $th) {
            Console::error($th->getMessage());
            $migration->setAttribute('status', 'failed');
            $migration->setAttribute('errors', [$th->getMessage()]);
        } finally {
            $dbForProject->updateDocument('migrations', $migration->getId(), $migration);
        }
    }
}
