<?php

/**
 * Opcache preload list for the Swoole HTTP server.
 */
if (file_exists(__DIR__ . '/../vendor/autoload.php')) {
    require __DIR__ . '/../vendor/autoload.php';
}

$preloader = [
    __DIR__ . '/../app/config',
    __DIR__ . '/../app/controllers',
    __DIR__ . '/../src',
    __DIR__ . '/../vendor/utopia-php/framework',
];

foreach ($preloader as $path) {
    if (!is_dir($path)) {
        continue;
    }
    $iterator = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($path));
    foreach ($iterator as $file) {
        if ($file->isFile() && $file->getExtension() === 'php') {
            @opcache_compile_file($file->getPathname());
        }
    }
}
