<?php
declare(strict_types=1);

use DI\Bridge\Slim\Bridge;
use DI\ContainerBuilder;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Psr\Log\LoggerInterface;

require __DIR__ . '/../vendor/autoload.php';

$containerBuilder = new ContainerBuilder();

$containerBuilder->addDefinitions([
    LoggerInterface::class => function () {
        $logger = new Logger('quote');
        $logger->pushHandler(new StreamHandler('php://stdout', Logger::INFO));
        return $logger;
    },
]);

$container = $containerBuilder->build();

$app = Bridge::create($container);

// Register routes
$routes = require __DIR__ . '/../app/routes.php';
$routes($app);

$app->addBodyParsingMiddleware();
$app->addErrorMiddleware(true, true, true);

$app->run();
