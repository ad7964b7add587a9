<?php

declare(strict_types=1);

namespace App\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Routing\Annotation\Route;

class HealthController
{
    /**
     * @Route(path="/_health", methods={"GET"})
     */
    public function __invoke(): JsonResponse
    {
        return new JsonResponse(['app' => 'OK']);
    }
}
