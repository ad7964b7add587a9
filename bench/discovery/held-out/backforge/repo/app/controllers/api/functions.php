<?php

use Appwrite\Event\Build;
use Appwrite\Event\Delete;
use Appwrite\Event\Event;
use Appwrite\Event\Func;
use Appwrite\Utopia\Response;
use Executor\Executor;
use Utopia\App;
use Utopia\Config\Config;
use Utopia\Database\Database;
use Utopia\Database\DateTime;
use Utopia\Database\Document;
use Utopia\Database\Helpers\ID;
use Utopia\Storage\Device;
use Utopia\Swoole\Request;
use Utopia\Validator\Boolean;
use Utopia\Validator\Text;

App::post('/v1/functions/:functionId/deployments')
    ->groups(['api', 'functions'])
    ->desc('Create deployment')
    ->label('scope', 'functions.write')
    ->label('event', 'functions.[functionId].deployments.[deploymentId].create')
    ->param('functionId', '', new Text(36), 'Function ID.')
    ->param('entrypoint', null, new Text(1028), 'Entrypoint File.', true)
    ->param('activate', false, new Boolean(true), 'Automatically activate the deployment when it is finished building.')
    ->inject('request')
    ->inject('response')
    ->inject('dbForProject')
    ->inject('queueForEvents')
    ->inject('project')
    ->inject('deviceFunctions')
    ->inject('queueForBuilds')
    ->action(function (string $functionId, ?string $entrypoint, bool $activate, Request $request, Response $response, Database $dbForProject, Event $queueForEvents, Document $project, Device $deviceFunctions, Build $queueForBuilds) {
        $function = $dbForProject->getDocument('functions', $functionId);
        if ($function->isEmpty()) {
            throw new \Exception('Function not found', 404);
        }

        $file = $request->getFiles('code');
        $deploymentId = ID::unique();
        $path = $deviceFunctions->getPath($deploymentId . '.' . \pathinfo($file['name'], PATHINFO_EXTENSION));

        // Code bundle goes to the functions device (S3 when _APP_STORAGE_DEVICE=s3)
        $chunksUploaded = $deviceFunctions->upload($file['tmp_name'], $path, 1, 1);
        if (empty($chunksUploaded)) {
            throw new \Exception('Failed moving file', 500);
        }

        $deployment = $dbForProject->createDocument('deployments', new Document([
            '$id' => $deploymentId,
            'resourceInternalId' => $function->getInternalId(),
            'resourceId' => $function->getId(),
            'resourceType' => 'functions',
            'buildInternalId' => '',
            'entrypoint' => $entrypoint ?? $function->getAttribute('entrypoint'),
            'path' => $path,
            'size' => $deviceFunctions->getFileSize($path),
            'activate' => $activate,
            'type' => 'manual',
        ]));

        $queueForBuilds
            ->setType(BUILD_TYPE_DEPLOYMENT)
            ->setResource($function)
            ->setDeployment($deployment)
            ->setProject($project)
            ->trigger();

        $queueForEvents->setParam('functionId', $function->getId())->setParam('deploymentId', $deployment->getId());

        $response->setStatusCode(Response::STATUS_CODE_ACCEPTED)->dynamic($deployment, Response::MODEL_DEPLOYMENT);
    });

App::post('/v1/functions/:functionId/executions')
    ->groups(['api', 'functions'])
    ->desc('Create execution')
    ->label('scope', 'execution.write')
    ->label('event', 'functions.[functionId].executions.[executionId].create')
    ->param('functionId', '', new Text(36), 'Function ID.')
    ->param('body', '', new Text(10485760, 0), 'HTTP body of execution.', true)
    ->param('async', false, new Boolean(), 'Execute code in the background.', true)
    ->param('path', '/', new Text(2048), 'HTTP path of execution.', true)
    ->param('method', 'POST', new Text(8), 'HTTP method of execution.', true)
    ->inject('response')
    ->inject('project')
    ->inject('dbForProject')
    ->inject('user')
    ->inject('queueForEvents')
    ->inject('queueForFunctions')
    ->action(function (string $functionId, string $body, bool $async, string $path, string $method, Response $response, Document $project, Database $dbForProject, Document $user, Event $queueForEvents, Func $queueForFunctions) {
        $function = $dbForProject->getDocument('functions', $functionId);
        if ($function->isEmpty() || !$function->getAttribute('enabled')) {
            throw new \Exception('Function not found', 404);
        }

        $runtimes = Config::getParam('runtimes', []);
        $runtime = $runtimes[$function->getAttribute('runtime', '')] ?? null;
        $deployment = $dbForProject->getDocument('deployments', $function->getAttribute('deployment', ''));
        $build = $dbForProject->getDocument('builds', $deployment->getAttribute('buildId', ''));

        if ($build->getAttribute('status') !== 'ready') {
            throw new \Exception('Build not ready', 400);
        }

        $executionId = ID::unique();
        $execution = new Document([
            '$id' => $executionId,
            'functionInternalId' => $function->getInternalId(),
            'functionId' => $function->getId(),
            'deploymentId' => $deployment->getId(),
            'trigger' => 'http',
            'status' => $async ? 'waiting' : 'processing',
            'requestMethod' => $method,
            'requestPath' => $path,
            'duration' => 0.0,
        ]);

        $queueForEvents->setParam('functionId', $function->getId())->setParam('executionId', $execution->getId());

        if ($async) {
            $execution = $dbForProject->createDocument('executions', $execution);
            $queueForFunctions
                ->setType('http')
                ->setExecution($execution)
                ->setFunction($function)
                ->setBody($body)
                ->setMethod($method)
                ->setPath($path)
                ->setProject($project)
                ->setUser($user)
                ->trigger();

            return $response->setStatusCode(Response::STATUS_CODE_ACCEPTED)->dynamic($execution, Response::MODEL_EXECUTION);
        }

        // Synchronous execution goes straight to the executor over HTTP
        $executor = new Executor(App::getEnv('_APP_EXECUTOR_HOST'));
        try {
            $executionResponse = $executor->createExecution(
                projectId: $project->getId(),
                deploymentId: $deployment->getId(),
                body: \strlen($body) > 0 ? $body : null,
                variables: [],
                timeout: $function->getAttribute('timeout', 0),
                image: $runtime['image'],
                source: $build->getAttribute('path', ''),
                entrypoint: $deployment->getAttribute('entrypoint', ''),
                version: $function->getAttribute('version'),
                path: $path,
                method: $method,
                headers: [],
            );
            $execution->setAttribute('status', $executionResponse['statusCode'] >= 400 ? 'failed' : 'completed');
            $execution->setAttribute('responseStatusCode', $executionResponse['statusCode']);
            $execution->setAttribute('logs', $executionResponse['logs']);
            $execution->setAttribute('errors', $executionResponse['errors']);
            $execution->setAttribute('duration', $executionResponse['duration']);
        } catch (\Throwable $th) {
            $execution->setAttribute('status', 'failed')->setAttribute('responseStatusCode', 500)->setAttribute('errors', $th->getMessage());
        }

        $execution = $dbForProject->createDocument('executions', $execution);

        $response->setStatusCode(Response::STATUS_CODE_CREATED)->dynamic($execution, Response::MODEL_EXECUTION);
    });

App::delete('/v1/functions/:functionId')
    ->groups(['api', 'functions'])
    ->desc('Delete function')
    ->label('scope', 'functions.write')
    ->label('event', 'functions.[functionId].delete')
    ->param('functionId', '', new Text(36), 'Function ID.')
    ->inject('response')
    ->inject('dbForProject')
    ->inject('queueForDeletes')
    ->inject('queueForEvents')
    ->action(function (string $functionId, Response $response, Database $dbForProject, Delete $queueForDeletes, Event $queueForEvents) {
        $function = $dbForProject->getDocument('functions', $functionId);
        if ($function->isEmpty()) {
            throw new \Exception('Function not found', 404);
        }
        $dbForProject->deleteDocument('functions', $function->getId());

        $queueForDeletes->setType(DELETE_TYPE_DOCUMENT)->setDocument($function)->trigger();
        $queueForEvents->setParam('functionId', $function->getId());

        $response->noContent();
    });
