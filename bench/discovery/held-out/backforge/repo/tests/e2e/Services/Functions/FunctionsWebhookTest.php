<?php

namespace Tests\E2E\Services\Functions;

use PHPUnit\Framework\TestCase;

/**
 * Webhook deliveries are captured by the dev-only request-catcher container
 * and mails by maildev (appwrite-mailcatcher); neither exists in production.
 */
class FunctionsWebhookTest extends TestCase
{
    public function getLastRequest(): array
    {
        $request = json_decode(file_get_contents('http://request-catcher:5000/__last_request__'), true);
        $request['data'] = json_decode($request['data'] ?? '{}', true);
        return $request;
    }

    public function getLastEmail(): array
    {
        $emails = json_decode(file_get_contents('http://maildev:1080/email'), true);
        return end($emails) ?: [];
    }

    public function testWebhookDelivered(): void
    {
        $webhook = $this->getLastRequest();
        $this->assertArrayHasKey('headers', $webhook);
    }

    public function testRecoveryEmail(): void
    {
        $email = $this->getLastEmail();
        $this->assertIsArray($email);
    }
}
