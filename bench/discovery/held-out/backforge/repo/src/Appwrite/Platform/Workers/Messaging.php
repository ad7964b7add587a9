<?php

namespace Appwrite\Platform\Workers;

use Exception;
use Utopia\App;
use Utopia\DSN\DSN;
use Utopia\Messaging\Adapter\SMS as SMSAdapter;
use Utopia\Messaging\Adapter\SMS\Mock;
use Utopia\Messaging\Adapter\SMS\Twilio;
use Utopia\Messaging\Messages\SMS;
use Utopia\Platform\Action;
use Utopia\Queue\Message;

class Messaging extends Action
{
    private ?DSN $dsn = null;
    private string $user = '';
    private string $secret = '';
    private string $provider = '';

    public static function getName(): string
    {
        return 'messaging';
    }

    public function __construct()
    {
        // _APP_SMS_PROVIDER looks like sms://[USER]:[SECRET]@[PROVIDER]
        $this->provider = App::getEnv('_APP_SMS_PROVIDER', '');
        if (!empty($this->provider)) {
            $this->dsn = new DSN($this->provider);
            $this->user = $this->dsn->getUser();
            $this->secret = $this->dsn->getPassword();
        }

        $this
            ->desc('Messaging worker')
            ->inject('message')
            ->callback(fn ($message) => $this->action($message));
    }

    public function action(Message $message): void
    {
        if (empty(App::getEnv('_APP_SMS_PROVIDER'))) {
            throw new Exception('Skipped sms processing. No Phone provider has been set.');
        }

        if (empty(App::getEnv('_APP_SMS_FROM'))) {
            throw new Exception('Skipped sms processing. No phone number has been set.');
        }

        $payload = $message->getPayload() ?? [];
        if (empty($payload)) {
            throw new Exception('Missing payload');
        }

        $sms = new SMS(
            to: [$payload['recipient']],
            content: $payload['message'],
            from: App::getEnv('_APP_SMS_FROM'),
        );

        try {
            $this->getAdapter()->send($sms);
        } catch (\Exception $error) {
            throw new Exception('Error sending message: ' . $error->getMessage(), 500);
        }
    }

    private function getAdapter(): SMSAdapter
    {
        return match ($this->dsn->getHost()) {
            'twilio' => new Twilio($this->user, $this->secret),
            'mock' => new Mock($this->user, $this->secret),
            default => throw new Exception('Unsupported SMS provider: ' . $this->dsn->getHost()),
        };
    }
}
