<?php

/**
 * Event tree used to validate webhook / function event subscriptions.
 */
return [
    'users' => [
        '$model' => 'user',
        '$resource' => true,
        '$description' => 'This event triggers on any user\'s event.',
        'sessions' => ['$model' => 'session', '$resource' => true, 'create' => [], 'delete' => []],
        'create' => ['$description' => 'This event triggers when a user is created.'],
        'delete' => ['$description' => 'This event triggers when a user is deleted.'],
        'update' => ['email' => [], 'name' => [], 'password' => [], 'prefs' => [], 'status' => []],
    ],
    'databases' => [
        '$model' => 'database',
        '$resource' => true,
        'collections' => [
            '$model' => 'collection',
            '$resource' => true,
            'documents' => ['$model' => 'document', '$resource' => true, 'create' => [], 'delete' => [], 'update' => []],
            'attributes' => ['$model' => 'attribute', '$resource' => true, 'create' => [], 'delete' => [], 'update' => []],
            'indexes' => ['$model' => 'index', '$resource' => true, 'create' => [], 'delete' => []],
        ],
    ],
    'buckets' => [
        '$model' => 'bucket',
        '$resource' => true,
        'files' => ['$model' => 'file', '$resource' => true, 'create' => [], 'delete' => [], 'update' => []],
    ],
    'functions' => [
        '$model' => 'func',
        '$resource' => true,
        'deployments' => ['$model' => 'deployment', '$resource' => true, 'create' => [], 'delete' => [], 'update' => []],
        'executions' => ['$model' => 'execution', '$resource' => true, 'create' => [], 'delete' => [], 'update' => []],
    ],
];
