<?php

namespace Appwrite\Platform\Tasks;

use Utopia\App;
use Utopia\CLI\Console;
use Utopia\Config\Config;
use Utopia\Platform\Action;
use Utopia\Storage\Device\Local;
use Utopia\Storage\Storage;

/**
 * `docker compose exec appwrite doctor` - prints a health report of the install.
 * Diagnostic only; it pings the same services the API already uses.
 */
class Doctor extends Action
{
    public static function getName(): string
    {
        return 'doctor';
    }

    public function __construct()
    {
        $this
            ->desc('Validate server health')
            ->inject('register')
            ->callback(fn ($register) => $this->action($register));
    }

    public function action($register): void
    {
        Console::log("  __   ____  ____  _  _  ____  __  ____  ____     __  __  \n / _\\ (  _ \\(  _ \\/ )( \\(  _ \\(  )(_  _)(  __)   (  )/  \\ ");
        Console::log("\n" . '👩‍⚕️ Running ' . APP_NAME . ' Doctor for version ' . App::getEnv('_APP_VERSION', 'UNKNOWN') . ' ...' . "\n");

        Console::log('[Settings]');
        $domain = App::getEnv('_APP_DOMAIN');
        if (!$domain || $domain === 'localhost') {
            Console::error('🔴 Hostname has no public suffix (' . $domain . ')');
        } else {
            Console::success('🟢 Hostname has a public suffix (' . $domain . ')');
        }

        if ('disabled' === App::getEnv('_APP_OPTIONS_ABUSE', 'disabled')) {
            Console::log('🔴 Abuse protection is disabled');
        } else {
            Console::log('🟢 Abuse protection is enabled');
        }

        if (empty(App::getEnv('_APP_SMTP_HOST'))) {
            Console::log('🔴 SMTP server is not configured');
        }

        Console::log("\n" . '[Connectivity]');
        $pools = $register->get('pools');

        foreach (Config::getParam('pools-database', []) as $database) {
            try {
                $pools->get($database)->pop()->getResource()->ping();
                Console::success('🟢 ' . str_pad("{$database}", 47, '.') . 'connected');
            } catch (\Throwable $th) {
                Console::error('🔴 ' . str_pad("{$database}", 47, '.') . 'disconnected');
            }
        }

        try {
            $pools->get('queue')->pop()->getResource()->ping();
            Console::success('🟢 ' . str_pad('Queue', 47, '.') . 'connected');
        } catch (\Throwable $th) {
            Console::error('🔴 ' . str_pad('Queue', 47, '.') . 'disconnected');
        }

        if (App::getEnv('_APP_STORAGE_ANTIVIRUS') === 'enabled') {
            Console::log('Antivirus (ClamAV) is enabled at ' . App::getEnv('_APP_STORAGE_ANTIVIRUS_HOST'));
        } else {
            Console::log('🔵 Antivirus is disabled');
        }

        Console::log('');
        Console::log('[Volumes]');
        foreach (['Uploads' => APP_STORAGE_UPLOADS, 'Cache' => APP_STORAGE_CACHE, 'Config' => APP_STORAGE_CONFIG, 'Certs' => APP_STORAGE_CERTIFICATES] as $key => $volume) {
            $device = new Local($volume);
            if (\is_writable($device->getRoot())) {
                Console::success('🟢 ' . $key . ' Volume is writeable');
            } else {
                Console::error('🔴 ' . $key . ' Volume is unwriteable');
            }
        }

        Console::log('Storage device: ' . App::getEnv('_APP_STORAGE_DEVICE', Storage::DEVICE_LOCAL));
    }
}
