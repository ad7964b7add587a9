<?php

namespace Appwrite\Platform\Workers;

use Exception;
use Utopia\Audit\Audit;
use Utopia\Database\Database;
use Utopia\Database\Document;
use Utopia\Platform\Action;
use Utopia\Queue\Message;

class Audits extends Action
{
    public static function getName(): string
    {
        return 'audits';
    }

    public function __construct()
    {
        $this
            ->desc('Audits worker')
            ->inject('message')
            ->inject('dbForProject')
            ->callback(fn ($message, $dbForProject) => $this->action($message, $dbForProject));
    }

    /**
     * Consumes jobs from the v1-audits queue and writes them to the project's audit collection in MariaDB.
     */
    public function action(Message $message, Database $dbForProject): void
    {
        $payload = $message->getPayload() ?? [];

        if (empty($payload)) {
            throw new Exception('Missing payload');
        }

        $event = $payload['event'] ?? '';
        $auditPayload = $payload['payload'] ?? '';
        $mode = $payload['mode'] ?? '';
        $resource = $payload['resource'] ?? '';
        $userAgent = $payload['userAgent'] ?? '';
        $ip = $payload['ip'] ?? '';
        $user = new Document($payload['user'] ?? []);

        $audit = new Audit($dbForProject);
        $audit->log(
            userId: $user->getInternalId(),
            event: $event,
            resource: $resource,
            userAgent: $userAgent,
            ip: $ip,
            location: '',
            data: [
                'userId' => $user->getId(),
                'userName' => $user->getAttribute('name', ''),
                'userEmail' => $user->getAttribute('email', ''),
                'mode' => $mode,
                'data' => $auditPayload,
            ]
        );
    }
}
