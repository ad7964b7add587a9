<?php

namespace Tests\E2E\Services\Storage;

use CURLFile;
use PHPUnit\Framework\TestCase;
use Tests\E2E\Client;

/**
 * Runs against the dev stack (docker compose -f docker-compose.yml -f dev/docker-compose.dev.yml),
 * which forces _APP_STORAGE_DEVICE=local.
 */
class StorageCustomServerTest extends TestCase
{
    protected string $endpoint = 'http://localhost/v1';

    public function testCreateBucketFile(): void
    {
        $client = new Client();
        $client->setEndpoint($this->endpoint);
        $client->addHeader('x-appwrite-project', 'test-project');
        $client->addHeader('x-appwrite-key', 'test-api-key');

        $bucket = $client->call(Client::METHOD_POST, '/storage/buckets', ['content-type' => 'application/json'], [
            'bucketId' => 'unique()',
            'name' => 'Test Bucket',
            'fileSecurity' => true,
        ]);
        $this->assertEquals(201, $bucket['headers']['status-code']);

        $file = $client->call(Client::METHOD_POST, '/storage/buckets/' . $bucket['body']['$id'] . '/files', ['content-type' => 'multipart/form-data'], [
            'fileId' => 'unique()',
            'file' => new CURLFile(realpath(__DIR__ . '/../../../resources/logo.png'), 'image/png', 'logo.png'),
        ]);
        $this->assertEquals(201, $file['headers']['status-code']);
        $this->assertEquals('logo.png', $file['body']['name']);
    }
}
