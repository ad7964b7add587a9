<?php

namespace Appwrite\Platform\Workers;

use Appwrite\Messaging\Adapter\Realtime;
use Executor\Executor;
use Exception;
use Utopia\App;
use Utopia\CLI\Console;
use Utopia\Config\Config;
use Utopia\Database\Database;
use Utopia\Database\DateTime;
use Utopia\Database\Document;
use Utopia\Database\Helpers\ID;
use Utopia\Database\Query;
use Utopia\Platform\Action;
use Utopia\Queue\Message;

class Functions extends Action
{
    public static function getName(): string
    {
        return 'functions';
    }

    public function __construct()
    {
        $this
            ->desc('Functions worker')
            ->inject('message')
            ->inject('dbForProject')
            ->callback(fn (Message $message, Database $dbForProject) => $this->action($message, $dbForProject));
    }

    public function action(Message $message, Database $dbForProject): void
    {
        $payload = $message->getPayload() ?? [];

        if (empty($payload)) {
            throw new Exception('Missing payload');
        }

        $type = $payload['type'] ?? '';
        $events = $payload['events'] ?? [];
        $project = new Document($payload['project'] ?? []);
        $function = new Document($payload['function'] ?? []);
        $user = new Document($payload['user'] ?? []);

        if ($project->getId() === 'console') {
            return;
        }

        // Event-triggered executions: find every function subscribed to these events
        if (!empty($events)) {
            $limit = 30;
            $sum = 30;
            $offset = 0;
            while ($sum >= $limit) {
                $functions = $dbForProject->find('functions', [Query::limit($limit), Query::offset($offset), Query::orderAsc('name')]);
                $sum = \count($functions);
                $offset = $offset + $limit;
                foreach ($functions as $function) {
                    if (!array_intersect($events, $function->getAttribute('events', []))) {
                        continue;
                    }
                    $this->execute($project, $function, $dbForProject, 'event', '', \json_encode($payload['payload'] ?? []), '/', 'POST', [], $user, $events[0]);
                }
            }
            return;
        }

        switch ($type) {
            case 'http':
                $execution = new Document($payload['execution'] ?? []);
                $this->execute($project, $function, $dbForProject, 'http', $execution->getId(), $payload['body'] ?? '', $payload['path'] ?? '/', $payload['method'] ?? 'POST', $payload['headers'] ?? [], $user);
                break;
            case 'schedule':
                $this->execute($project, $function, $dbForProject, 'schedule', '', '', '/', 'POST', [], $user);
                break;
        }
    }

    private function execute(Document $project, Document $function, Database $dbForProject, string $trigger, string $executionId, ?string $body, string $path, string $method, array $headers, Document $user, string $event = null): void
    {
        $functionId = $function->getId();
        $deploymentId = $function->getAttribute('deployment', '');

        $deployment = $dbForProject->getDocument('deployments', $deploymentId);
        if ($deployment->getAttribute('resourceId') !== $functionId) {
            throw new Exception('Deployment not found. Create deployment before trying to execute a function');
        }

        $buildId = $deployment->getAttribute('buildId', '');
        $build = $dbForProject->getDocument('builds', $buildId);
        if ($build->isEmpty()) {
            throw new Exception('Build not found');
        }

        $runtimes = Config::getParam('runtimes', []);
        $runtime = $runtimes[$function->getAttribute('runtime')] ?? null;
        if (\is_null($runtime)) {
            throw new Exception('Runtime "' . $function->getAttribute('runtime', '') . '" is not supported');
        }

        $execution = $dbForProject->createDocument('executions', new Document([
            '$id' => $executionId ?: ID::unique(),
            'functionInternalId' => $function->getInternalId(),
            'functionId' => $function->getId(),
            'deploymentInternalId' => $deployment->getInternalId(),
            'deploymentId' => $deployment->getId(),
            'trigger' => $trigger,
            'status' => 'processing',
            'responseStatusCode' => 0,
            'responseHeaders' => [],
            'requestPath' => $path,
            'requestMethod' => $method,
            'requestHeaders' => $headers,
            'errors' => '',
            'logs' => '',
            'duration' => 0.0,
            'search' => implode(' ', [$functionId, $executionId]),
        ]));

        $vars = [];
        foreach ($function->getAttribute('vars', []) as $var) {
            $vars[$var->getAttribute('key')] = $var->getAttribute('value', '');
        }
        $vars = \array_merge($vars, [
            'APPWRITE_FUNCTION_ID' => $functionId,
            'APPWRITE_FUNCTION_NAME' => $function->getAttribute('name'),
            'APPWRITE_FUNCTION_DEPLOYMENT' => $deploymentId,
            'APPWRITE_FUNCTION_TRIGGER' => $trigger,
            'APPWRITE_FUNCTION_PROJECT_ID' => $project->getId(),
            'APPWRITE_FUNCTION_EVENT' => $event ?? '',
            'APPWRITE_FUNCTION_USER_ID' => $user->getId() ?? '',
        ]);

        $executor = new Executor(App::getEnv('_APP_EXECUTOR_HOST'));
        try {
            $executionResponse = $executor->createExecution(
                projectId: $project->getId(),
                deploymentId: $deploymentId,
                body: \strlen($body) > 0 ? $body : null,
                variables: $vars,
                timeout: $function->getAttribute('timeout', 0),
                image: $runtime['image'],
                source: $build->getAttribute('path', ''),
                entrypoint: $deployment->getAttribute('entrypoint', ''),
                version: $function->getAttribute('version'),
                path: $path,
                method: $method,
                headers: $headers,
                runtimeEntrypoint: 'cp /tmp/code.tar.gz /mnt/code/code.tar.gz && nohup helpers/start.sh "' . $runtime['startCommand'] . '"'
            );

            $status = $executionResponse['statusCode'] >= 400 ? 'failed' : 'completed';
            $execution
                ->setAttribute('status', $status)
                ->setAttribute('responseStatusCode', $executionResponse['statusCode'])
                ->setAttribute('responseHeaders', $executionResponse['headers'])
                ->setAttribute('logs', $executionResponse['logs'])
                ->setAttribute('errors', $executionResponse['errors'])
                ->setAttribute('duration', $executionResponse['duration']);
        } catch (\Throwable $th) {
            $execution
                ->setAttribute('duration', 0)
                ->setAttribute('status', 'failed')
                ->setAttribute('responseStatusCode', 500)
                ->setAttribute('errors', $th->getMessage() . '\nError Code: ' . $th->getCode());
            Console::error($th->getMessage());
        }

        $execution = $dbForProject->updateDocument('executions', $execution->getId(), $execution);

        $target = Realtime::fromPayload(event: 'functions.[functionId].executions.[executionId].update', payload: $execution);
        $allEvents = ['functions.' . $functionId . '.executions.' . $execution->getId() . '.update'];

        Realtime::send(
            projectId: 'console',
            payload: $execution->getArrayCopy(),
            events: $allEvents,
            channels: $target['channels'],
            roles: $target['roles']
        );
        Realtime::send(
            projectId: $project->getId(),
            payload: $execution->getArrayCopy(),
            events: $allEvents,
            channels: $target['channels'],
            roles: $target['roles']
        );
    }
}
