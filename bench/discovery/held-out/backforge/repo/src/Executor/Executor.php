<?php

namespace Executor;

use Exception;
use Utopia\App;

/**
 * HTTP client for the Open Runtimes executor (openruntimes-executor, hostname appwrite-executor).
 */
class Executor
{
    public const METHOD_GET = 'GET';
    public const METHOD_POST = 'POST';
    public const METHOD_PUT = 'PUT';
    public const METHOD_PATCH = 'PATCH';
    public const METHOD_DELETE = 'DELETE';

    private string $endpoint;
    private array $headers;
    protected int $cpus;
    protected int $memory;

    public function __construct(string $endpoint)
    {
        if (!filter_var($endpoint, FILTER_VALIDATE_URL)) {
            throw new Exception('Unsupported endpoint');
        }

        $this->endpoint = $endpoint;
        $this->cpus = \intval(App::getEnv('_APP_FUNCTIONS_CPUS', '1'));
        $this->memory = \intval(App::getEnv('_APP_FUNCTIONS_MEMORY', '512'));
        $this->headers = [
            'content-type' => 'application/json',
            'authorization' => 'Bearer ' . App::getEnv('_APP_EXECUTOR_SECRET', ''),
            'x-opr-addressing-method' => 'anycast-efficient',
        ];
    }

    public function createRuntime(string $deploymentId, string $projectId, string $source, string $image, string $version, bool $remove = false, string $entrypoint = '', string $destination = '', array $variables = [], string $command = null): array
    {
        $runtimeId = "$projectId-$deploymentId";
        $route = '/runtimes';
        $timeout = (int) App::getEnv('_APP_FUNCTIONS_BUILD_TIMEOUT', 900);
        $params = [
            'runtimeId' => $runtimeId,
            'source' => $source,
            'destination' => $destination,
            'image' => $image,
            'entrypoint' => $entrypoint,
            'variables' => $variables,
            'remove' => $remove,
            'command' => $command,
            'cpus' => $this->cpus,
            'memory' => $this->memory,
            'version' => $version,
            'timeout' => $timeout,
        ];

        $response = $this->call(self::METHOD_POST, $route, ['x-opr-runtime-id' => $runtimeId], $params, true, $timeout);
        $status = $response['headers']['status-code'];
        if ($status >= 400) {
            throw new Exception($response['body']['message'] ?? 'Failed to create runtime', $status);
        }
        return $response['body'];
    }

    public function getLogs(string $deploymentId, string $projectId, callable $callback): void
    {
        $runtimeId = "$projectId-$deploymentId";
        $this->call(self::METHOD_GET, "/runtimes/{$runtimeId}/logs", ['x-opr-runtime-id' => $runtimeId], ['timeout' => 900], true, 900, $callback);
    }

    public function deleteRuntime(string $projectId, string $deploymentId): array
    {
        $runtimeId = "$projectId-$deploymentId";
        $response = $this->call(self::METHOD_DELETE, "/runtimes/$runtimeId", ['x-opr-addressing-method' => 'broadcast'], []);
        $status = $response['headers']['status-code'];
        if ($status >= 400) {
            throw new Exception($response['body']['message'] ?? 'Failed to delete runtime', $status);
        }
        return $response['body'];
    }

    public function createExecution(string $projectId, string $deploymentId, ?string $body, array $variables, int $timeout, string $image, string $source, string $entrypoint, string $version, string $path, string $method, array $headers, string $runtimeEntrypoint = null, int $requestTimeout = null): array
    {
        $runtimeId = "$projectId-$deploymentId";
        $route = '/runtimes/' . $runtimeId . '/execution';
        $params = [
            'runtimeId' => $runtimeId,
            'variables' => $variables,
            'body' => $body,
            'timeout' => $timeout,
            'path' => $path,
            'method' => $method,
            'headers' => $headers,
            'image' => $image,
            'source' => $source,
            'entrypoint' => $entrypoint,
            'cpus' => $this->cpus,
            'memory' => $this->memory,
            'version' => $version,
            'runtimeEntrypoint' => $runtimeEntrypoint,
        ];

        $requestTimeout ??= $timeout + 15;
        $response = $this->call(self::METHOD_POST, $route, ['x-opr-runtime-id' => $runtimeId], $params, true, $requestTimeout);
        $status = $response['headers']['status-code'];
        if ($status >= 400) {
            throw new Exception($response['body']['message'] ?? 'Execution failed', $status);
        }
        return $response['body'];
    }

    private function call(string $method, string $path = '', array $headers = [], array $params = [], bool $decode = true, int $timeout = 15, callable $callback = null): array
    {
        $headers = array_merge($this->headers, $headers);
        $ch = curl_init($this->endpoint . $path . (($method == self::METHOD_GET && !empty($params)) ? '?' . http_build_query($params) : ''));
        $responseHeaders = [];
        $query = json_encode($params);

        $formattedHeaders = [];
        foreach ($headers as $key => $value) {
            $formattedHeaders[] = $key . ':' . $value;
        }

        curl_setopt($ch, CURLOPT_CUSTOMREQUEST, $method);
        curl_setopt($ch, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_CONNECTTIMEOUT, 10);
        curl_setopt($ch, CURLOPT_TIMEOUT, $timeout);
        curl_setopt($ch, CURLOPT_HEADERFUNCTION, function ($curl, $header) use (&$responseHeaders) {
            $len = strlen($header);
            $header = explode(':', $header, 2);
            if (count($header) < 2) {
                return $len;
            }
            $responseHeaders[strtolower(trim($header[0]))] = trim($header[1]);
            return $len;
        });
        if ($callback !== null) {
            curl_setopt($ch, CURLOPT_WRITEFUNCTION, function ($ch, $data) use ($callback) {
                $callback($data);
                return \strlen($data);
            });
        }
        if ($method != self::METHOD_GET) {
            curl_setopt($ch, CURLOPT_POSTFIELDS, $query);
        }
        curl_setopt($ch, CURLOPT_HTTPHEADER, $formattedHeaders);

        $responseBody = curl_exec($ch);
        $responseStatus = curl_getinfo($ch, CURLINFO_HTTP_CODE);

        if (curl_errno($ch)) {
            throw new Exception(curl_error($ch) . ' with status code ' . $responseStatus, $responseStatus);
        }
        curl_close($ch);

        $responseHeaders['status-code'] = $responseStatus;
        if ($decode && is_string($responseBody)) {
            $responseBody = json_decode($responseBody, true);
        }

        return ['headers' => $responseHeaders, 'body' => $responseBody];
    }
}
