<?php

namespace Appwrite\Platform\Workers;

use Exception;
use Utopia\App;
use Utopia\Database\Database;
use Utopia\Database\Document;
use Utopia\Platform\Action;
use Utopia\Queue\Message;

class Webhooks extends Action
{
    private const MAX_FAILED_ATTEMPTS = 10;
    private array $errors = [];

    public static function getName(): string
    {
        return 'webhooks';
    }

    public function __construct()
    {
        $this
            ->desc('Webhooks worker')
            ->inject('message')
            ->inject('dbForConsole')
            ->callback(fn ($message, $dbForConsole) => $this->action($message, $dbForConsole));
    }

    public function action(Message $message, Database $dbForConsole): void
    {
        $this->errors = [];
        $payload = $message->getPayload() ?? [];

        if (empty($payload)) {
            throw new Exception('Missing payload');
        }

        $events = $payload['events'];
        $webhookPayload = json_encode($payload['payload']);
        $project = new Document($payload['project']);
        $user = new Document($payload['user'] ?? []);

        foreach ($project->getAttribute('webhooks', []) as $webhook) {
            if (array_intersect($webhook->getAttribute('events', []), $events) && $webhook->getAttribute('enabled') === true) {
                $this->execute($events, $webhookPayload, $webhook, $user, $project, $dbForConsole);
            }
        }

        if (!empty($this->errors)) {
            throw new Exception(\implode(" / \n\n", $this->errors));
        }
    }

    /**
     * Delivers the event to the user-configured webhook URL (arbitrary external endpoint).
     */
    private function execute(array $events, string $payload, Document $webhook, Document $user, Document $project, Database $dbForConsole): void
    {
        $url = \rawurldecode($webhook->getAttribute('url'));
        $signatureKey = $webhook->getAttribute('signatureKey');
        $signature = base64_encode(hash_hmac('sha1', $url . $payload, $signatureKey, true));
        $httpUser = $webhook->getAttribute('httpUser');
        $httpPass = $webhook->getAttribute('httpPass');
        $ch = \curl_init($webhook->getAttribute('url'));

        \curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'POST');
        \curl_setopt($ch, CURLOPT_POSTFIELDS, $payload);
        \curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        \curl_setopt($ch, CURLOPT_TIMEOUT, 15);
        \curl_setopt($ch, CURLOPT_MAXREDIRS, 5);
        \curl_setopt($ch, CURLOPT_USERAGENT, \sprintf(APP_USERAGENT, App::getEnv('_APP_VERSION', 'UNKNOWN'), App::getEnv('_APP_SYSTEM_SECURITY_EMAIL_ADDRESS', APP_EMAIL_SECURITY)));
        \curl_setopt($ch, CURLOPT_HTTPHEADER, [
            'Content-Type: application/json',
            'Content-Length: ' . \strlen($payload),
            'X-' . APP_NAME . '-Webhook-Id: ' . $webhook->getId(),
            'X-' . APP_NAME . '-Webhook-Events: ' . implode(',', $events),
            'X-' . APP_NAME . '-Webhook-Project-Id: ' . $project->getId(),
            'X-' . APP_NAME . '-Webhook-User-Id: ' . $user->getId(),
            'X-' . APP_NAME . '-Webhook-Signature: ' . $signature,
        ]);

        if (!$webhook->getAttribute('security', true)) {
            \curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
            \curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, false);
        }
        if (!empty($httpUser) && !empty($httpPass)) {
            \curl_setopt($ch, CURLOPT_USERPWD, "$httpUser:$httpPass");
            \curl_setopt($ch, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        }

        \curl_exec($ch);
        $curlError = \curl_error($ch);
        $statusCode = \curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        \curl_close($ch);

        if (!empty($curlError) || $statusCode >= 400) {
            $dbForConsole->increaseDocumentAttribute('webhooks', $webhook->getId(), 'attempts', 1);
            $webhook = $dbForConsole->getDocument('webhooks', $webhook->getId());
            $attempts = $webhook->getAttribute('attempts');
            $logs = 'URL: ' . $webhook->getAttribute('url') . "\n" . 'Error: ' . $curlError . ' (' . $statusCode . ')';
            $webhook->setAttribute('logs', $logs);
            if ($attempts >= self::MAX_FAILED_ATTEMPTS) {
                $webhook->setAttribute('enabled', false);
            }
            $dbForConsole->updateDocument('webhooks', $webhook->getId(), $webhook);
            $dbForConsole->deleteCachedDocument('projects', $project->getId());
            $this->errors[] = $logs;
        } else {
            $webhook->setAttribute('attempts', 0);
            $dbForConsole->updateDocument('webhooks', $webhook->getId(), $webhook);
        }
    }
}
