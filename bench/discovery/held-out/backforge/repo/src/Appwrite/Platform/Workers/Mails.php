<?php

namespace Appwrite\Platform\Workers;

use Exception;
use PHPMailer\PHPMailer\PHPMailer;
use Utopia\App;
use Utopia\Platform\Action;
use Utopia\Queue\Message;

class Mails extends Action
{
    public static function getName(): string
    {
        return 'mails';
    }

    public function __construct()
    {
        $this
            ->desc('Mails worker')
            ->inject('message')
            ->callback(fn ($message) => $this->action($message));
    }

    public function action(Message $message): void
    {
        $payload = $message->getPayload() ?? [];

        if (empty($payload)) {
            throw new Exception('Missing payload');
        }

        if (empty(App::getEnv('_APP_SMTP_HOST'))) {
            throw new Exception('Skipped mail processing. No SMTP server hostname has been set.');
        }

        $recipient = $payload['recipient'];
        $subject = $payload['subject'];
        $name = $payload['name'];
        $body = $payload['body'];

        $mail = $this->getMailer();
        $mail->clearAddresses();
        $mail->clearAllRecipients();
        $mail->clearReplyTos();
        $mail->clearAttachments();
        $mail->clearBCCs();
        $mail->clearCCs();
        $mail->addAddress($recipient, $name);
        $mail->Subject = $subject;
        $mail->Body = $body;
        $mail->AltBody = \strip_tags($body);

        try {
            $mail->send();
        } catch (\Throwable $error) {
            throw new Exception('Error sending mail: ' . $error->getMessage(), 500);
        }
    }

    /**
     * SMTP transport configured from _APP_SMTP_* env vars.
     */
    protected function getMailer(): PHPMailer
    {
        $mail = new PHPMailer(true);

        $mail->isSMTP();

        $username = App::getEnv('_APP_SMTP_USERNAME');
        $password = App::getEnv('_APP_SMTP_PASSWORD');

        $mail->XMailer = 'Appwrite Mailer';
        $mail->Host = App::getEnv('_APP_SMTP_HOST', 'smtp');
        $mail->Port = App::getEnv('_APP_SMTP_PORT', 25);
        $mail->SMTPAuth = !empty($username) && !empty($password);
        $mail->Username = $username;
        $mail->Password = $password;
        $mail->SMTPSecure = App::getEnv('_APP_SMTP_SECURE', '');
        $mail->SMTPAutoTLS = false;
        $mail->CharSet = 'UTF-8';

        $from = \urldecode(App::getEnv('_APP_SYSTEM_EMAIL_NAME', APP_NAME . ' Server'));
        $email = App::getEnv('_APP_SYSTEM_EMAIL_ADDRESS', APP_EMAIL_TEAM);

        $mail->setFrom($email, $from);
        $mail->addReplyTo($email, $from);
        $mail->isHTML(true);

        return $mail;
    }
}
