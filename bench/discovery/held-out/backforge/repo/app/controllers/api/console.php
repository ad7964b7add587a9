<?php

use Appwrite\Utopia\Response;
use Utopia\App;
use Utopia\Validator\Text;

App::get('/v1/console/variables')
    ->desc('Get variables')
    ->groups(['api', 'projects'])
    ->label('scope', 'projects.read')
    ->inject('response')
    ->action(function (Response $response) {
        $response->json([
            '_APP_DOMAIN_TARGET' => App::getEnv('_APP_DOMAIN_TARGET'),
            '_APP_STORAGE_LIMIT' => +App::getEnv('_APP_STORAGE_LIMIT'),
            '_APP_FUNCTIONS_SIZE_LIMIT' => +App::getEnv('_APP_FUNCTIONS_SIZE_LIMIT'),
            '_APP_USAGE_STATS' => App::getEnv('_APP_USAGE_STATS'),
            '_APP_VCS_ENABLED' => !empty(App::getEnv('_APP_VCS_GITHUB_APP_NAME', '')),
            '_APP_ASSISTANT_ENABLED' => !empty(App::getEnv('_APP_ASSISTANT_OPENAI_API_KEY', '')),
        ]);
    });

App::post('/v1/console/assistant')
    ->desc('Ask Query')
    ->groups(['api', 'assistant'])
    ->label('scope', 'assistant.read')
    ->label('abuse-limit', 15)
    ->label('abuse-key', 'userId:{userId}')
    ->param('prompt', '', new Text(2000), 'Prompt. A string containing questions asked to the AI assistant.')
    ->inject('response')
    ->action(function (string $prompt, Response $response) {
        // The assistant container proxies the prompt to OpenAI and streams the answer back
        $ch = curl_init('http://appwrite-assistant:3003/');
        $responseHeaders = [];
        $query = json_encode(['prompt' => $prompt]);
        $headers = ['accept: text/event-stream'];
        $handleEvent = function ($ch, $data) use ($response) {
            $response->chunk($data);
            return \strlen($data);
        };

        curl_setopt($ch, CURLOPT_WRITEFUNCTION, $handleEvent);
        curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'POST');
        curl_setopt($ch, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1);
        curl_setopt($ch, CURLOPT_TIMEOUT, 9000);
        curl_setopt($ch, CURLOPT_HTTPHEADER, $headers);
        curl_setopt($ch, CURLOPT_POSTFIELDS, $query);

        curl_exec($ch);
        curl_close($ch);

        $response->chunk('', true);
    });
