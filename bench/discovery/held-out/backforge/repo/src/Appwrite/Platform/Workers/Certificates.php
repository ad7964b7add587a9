<?php

namespace Appwrite\Platform\Workers;

use Appwrite\Event\Mail;
use Exception;
use Utopia\App;
use Utopia\CLI\Console;
use Utopia\Database\Database;
use Utopia\Database\DateTime;
use Utopia\Database\Document;
use Utopia\Database\Helpers\ID;
use Utopia\Database\Query;
use Utopia\Domains\Domain;
use Utopia\Platform\Action;
use Utopia\Queue\Message;

class Certificates extends Action
{
    public static function getName(): string
    {
        return 'certificates';
    }

    public function __construct()
    {
        $this
            ->desc('Certificates worker')
            ->inject('message')
            ->inject('dbForConsole')
            ->inject('queueForMails')
            ->callback(fn ($message, $dbForConsole, $queueForMails) => $this->action($message, $dbForConsole, $queueForMails));
    }

    public function action(Message $message, Database $dbForConsole, Mail $queueForMails): void
    {
        $payload = $message->getPayload() ?? [];

        if (empty($payload)) {
            throw new Exception('Missing payload');
        }

        $document = new Document($payload['domain'] ?? []);
        $domain = new Domain($document->getAttribute('domain', ''));
        $skipRenewCheck = $payload['skipRenewCheck'] ?? false;

        $this->execute($domain, $dbForConsole, $queueForMails, $skipRenewCheck);
    }

    private function execute(Domain $domain, Database $dbForConsole, Mail $queueForMails, bool $skipRenewCheck = false): void
    {
        $certificate = $dbForConsole->findOne('certificates', [Query::equal('domain', [$domain->get()])]);
        if ($certificate === false || $certificate->isEmpty()) {
            $certificate = new Document();
            $certificate->setAttribute('domain', $domain->get());
        }

        $success = false;
        try {
            if (!$domain->isKnown() || $domain->isTest()) {
                throw new Exception('Unknown public suffix for domain.');
            }

            $email = App::getEnv('_APP_SYSTEM_SECURITY_EMAIL_ADDRESS');
            if (empty($email)) {
                throw new Exception('You must set a valid security email address (_APP_SYSTEM_SECURITY_EMAIL_ADDRESS) to issue an SSL certificate.');
            }

            $folder = ID::unique();
            $letsEncryptData = $this->issueCertificate($folder, $domain->get(), $email);
            $this->applyCertificateFiles($folder, $domain->get(), $letsEncryptData);

            $certificate->setAttribute('renewDate', DateTime::addSeconds(new \DateTime(), 60 * 60 * 24 * 60));
            $certificate->setAttribute('logs', '');
            $certificate->setAttribute('attempts', 0);
            $success = true;
        } catch (\Throwable $e) {
            $attempts = $certificate->getAttribute('attempts', 0) + 1;
            $certificate->setAttribute('attempts', $attempts);
            $certificate->setAttribute('logs', \mb_strcut($e->getMessage(), 0, 1000000));
            $certificate->setAttribute('renewDate', DateTime::now());

            $queueForMails
                ->setRecipient(App::getEnv('_APP_SYSTEM_SECURITY_EMAIL_ADDRESS'))
                ->setName('Appwrite Administrator')
                ->setSubject('Certificate failed to generate for ' . $domain->get())
                ->setBody($e->getMessage())
                ->trigger();
        } finally {
            $certificate->setAttribute('updated', DateTime::now());
            if ($certificate->getId()) {
                $dbForConsole->updateDocument('certificates', $certificate->getId(), $certificate);
            } else {
                $certificate = $dbForConsole->createDocument('certificates', $certificate);
            }
        }
    }

    /**
     * Runs certbot against Let's Encrypt (ACME HTTP-01 challenge served by the API via .well-known).
     */
    private function issueCertificate(string $folder, string $domain, string $email): array
    {
        $stdout = '';
        $stderr = '';
        $staging = (App::isProduction()) ? '' : ' --dry-run';
        $exit = Console::execute("certbot certonly --webroot --noninteractive --agree-tos{$staging}"
            . " --email " . $email
            . " --cert-name " . $folder
            . " -w " . APP_STORAGE_CERTIFICATES
            . " -d {$domain}", '', $stdout, $stderr);

        if ($exit !== 0) {
            throw new Exception('Failed to issue a certificate with message: ' . $stderr);
        }

        return ['stdout' => $stdout, 'stderr' => $stderr];
    }

    /**
     * Certificates are always written to the local appwrite-certificates volume, read by traefik.
     */
    private function applyCertificateFiles(string $folder, string $domain, array $letsEncryptData): void
    {
        $path = APP_STORAGE_CERTIFICATES . '/' . $domain;
        if (!\is_readable($path)) {
            if (!\mkdir($path, 0755, true)) {
                throw new Exception('Failed to create path for certificate.');
            }
        }
        foreach (['cert.pem', 'chain.pem', 'fullchain.pem', 'privkey.pem'] as $file) {
            if (!@\rename('/etc/letsencrypt/live/' . $folder . '/' . $file, APP_STORAGE_CERTIFICATES . '/' . $domain . '/' . $file)) {
                throw new Exception('Failed to rename certificate ' . $file . ': ' . \json_encode($letsEncryptData));
            }
        }

        $config = \implode(PHP_EOL, [
            "tls:",
            "  certificates:",
            "    - certFile: /storage/certificates/{$domain}/fullchain.pem",
            "      keyFile: /storage/certificates/{$domain}/privkey.pem",
        ]);
        if (!\file_put_contents(APP_STORAGE_CONFIG . '/' . $domain . '.yml', $config)) {
            throw new Exception('Failed to save Traefik configuration.');
        }
    }
}
