<?php

namespace Appwrite\Platform\Workers;

use Appwrite\Messaging\Adapter\Realtime;
use Appwrite\Vcs\Comment;
use Executor\Executor;
use Exception;
use Utopia\App;
use Utopia\CLI\Console;
use Utopia\Config\Config;
use Utopia\Database\Database;
use Utopia\Database\DateTime;
use Utopia\Database\Document;
use Utopia\Platform\Action;
use Utopia\Queue\Message;
use Utopia\Storage\Device;
use Utopia\VCS\Adapter\Git\GitHub;

class Builds extends Action
{
    public static function getName(): string
    {
        return 'builds';
    }

    public function __construct()
    {
        $this
            ->desc('Builds worker')
            ->inject('message')
            ->inject('dbForConsole')
            ->inject('dbForProject')
            ->inject('deviceFunctions')
            ->callback(fn ($message, $dbForConsole, $dbForProject, $deviceFunctions) => $this->action($message, $dbForConsole, $dbForProject, $deviceFunctions));
    }

    public function action(Message $message, Database $dbForConsole, Database $dbForProject, Device $deviceFunctions): void
    {
        $payload = $message->getPayload() ?? [];

        if (empty($payload)) {
            throw new Exception('Missing payload');
        }

        $type = $payload['type'] ?? '';
        $project = new Document($payload['project'] ?? []);
        $resource = new Document($payload['resource'] ?? []);
        $deployment = new Document($payload['deployment'] ?? []);

        switch ($type) {
            case BUILD_TYPE_DEPLOYMENT:
            case BUILD_TYPE_RETRY:
                Console::info('Creating build for deployment: ' . $deployment->getId());
                $this->buildDeployment($deviceFunctions, $dbForConsole, $dbForProject, $deployment, $project, $resource);
                break;
            default:
                throw new \Exception('Invalid build type');
        }
    }

    protected function buildDeployment(Device $deviceFunctions, Database $dbForConsole, Database $dbForProject, Document $deployment, Document $project, Document $function): void
    {
        $executor = new Executor(App::getEnv('_APP_EXECUTOR_HOST'));

        $function = $dbForProject->getDocument('functions', $function->getId());
        if ($function->isEmpty()) {
            throw new Exception('Function not found', 404);
        }

        $deployment = $dbForProject->getDocument('deployments', $deployment->getId());
        $runtimes = Config::getParam('runtimes', []);
        $key = $function->getAttribute('runtime');
        $runtime = $runtimes[$key] ?? null;
        if (\is_null($runtime)) {
            throw new Exception('Runtime "' . $function->getAttribute('runtime', '') . '" is not supported');
        }

        // VCS deployments clone from GitHub; only active when the GitHub App is configured
        $isVcsEnabled = !empty($deployment->getAttribute('providerRepositoryId', ''));
        if ($isVcsEnabled && !empty(App::getEnv('_APP_VCS_GITHUB_APP_ID'))) {
            $github = new GitHub(new \Utopia\Cache\Cache(new \Utopia\Cache\Adapter\None()));
            $github->initializeVariables(
                $deployment->getAttribute('providerInstallationId', ''),
                App::getEnv('_APP_VCS_GITHUB_PRIVATE_KEY'),
                App::getEnv('_APP_VCS_GITHUB_APP_ID')
            );
            $tmpDirectory = '/tmp/builds/' . $deployment->getId() . '/code';
            $github->generateCloneCommand($deployment->getAttribute('providerRepositoryOwner', ''), $deployment->getAttribute('providerRepositoryName', ''), $deployment->getAttribute('providerBranch', ''), $tmpDirectory, '');
            $source = $deviceFunctions->getPath($deployment->getId() . '.tar.gz');
            $deviceFunctions->move($tmpDirectory . '.tar.gz', $source);
            $deployment->setAttribute('path', $source);
        }

        $buildId = $deployment->getAttribute('buildId', '');
        $build = $dbForProject->createDocument('builds', new Document([
            '$id' => $buildId ?: \uniqid(),
            'startTime' => DateTime::now(),
            'deploymentInternalId' => $deployment->getInternalId(),
            'deploymentId' => $deployment->getId(),
            'status' => 'processing',
            'path' => '',
            'runtime' => $function->getAttribute('runtime'),
            'source' => $deployment->getAttribute('path', ''),
            'sourceType' => strtolower(App::getEnv('_APP_STORAGE_DEVICE', 'local')),
            'logs' => '',
        ]));

        $this->sendRealtime($project, $function, $deployment->setAttribute('status', 'building'));

        $vars = [
            'APPWRITE_FUNCTION_ID' => $function->getId(),
            'APPWRITE_FUNCTION_NAME' => $function->getAttribute('name'),
            'APPWRITE_FUNCTION_DEPLOYMENT' => $deployment->getId(),
            'APPWRITE_FUNCTION_PROJECT_ID' => $project->getId(),
            'APPWRITE_FUNCTION_RUNTIME_NAME' => $runtime['name'] ?? '',
            'APPWRITE_FUNCTION_RUNTIME_VERSION' => $runtime['version'] ?? '',
        ];

        try {
            $response = $executor->createRuntime(
                deploymentId: $deployment->getId(),
                projectId: $project->getId(),
                source: $deployment->getAttribute('path', ''),
                image: $runtime['image'],
                version: $function->getAttribute('version'),
                remove: true,
                entrypoint: $deployment->getAttribute('entrypoint'),
                destination: APP_STORAGE_BUILDS . "/app-{$project->getId()}",
                variables: $vars,
                command: 'tar -zxf /tmp/code.tar.gz -C /mnt/code && helpers/build.sh "' . $function->getAttribute('commands', '') . '"'
            );

            $build->setAttribute('endTime', DateTime::now());
            $build->setAttribute('status', 'ready');
            $build->setAttribute('path', $response['path']);
            $build->setAttribute('size', $response['size']);
            $build->setAttribute('logs', $response['output']);
            $build = $dbForProject->updateDocument('builds', $buildId, $build);

            $function->setAttribute('deploymentInternalId', $deployment->getInternalId());
            $function->setAttribute('deployment', $deployment->getId());
            $dbForProject->updateDocument('functions', $function->getId(), $function);
        } catch (\Throwable $th) {
            $build->setAttribute('status', 'failed');
            $build->setAttribute('logs', $th->getMessage());
            $dbForProject->updateDocument('builds', $buildId, $build);
        } finally {
            $this->sendRealtime($project, $function, $deployment->setAttribute('status', $build->getAttribute('status')));
        }
    }

    private function sendRealtime(Document $project, Document $function, Document $deployment): void
    {
        $target = Realtime::fromPayload(
            event: 'functions.[functionId].deployments.[deploymentId].update',
            payload: $deployment,
            project: $project
        );

        Realtime::send(
            projectId: 'console',
            payload: $deployment->getArrayCopy(),
            events: ['functions.' . $function->getId() . '.deployments.' . $deployment->getId() . '.update'],
            channels: $target['channels'],
            roles: $target['roles']
        );
    }
}
