<?php

/**
 * List of Open Runtimes images the executor may start.
 * Filtered at runtime by _APP_FUNCTIONS_RUNTIMES.
 */
return [
    'node-18.0' => ['key' => 'node', 'name' => 'Node.js', 'version' => '18.0', 'image' => 'openruntimes/node:v3-18.0', 'supports' => ['amd64', 'arm64']],
    'php-8.0' => ['key' => 'php', 'name' => 'PHP', 'version' => '8.0', 'image' => 'openruntimes/php:v3-8.0', 'supports' => ['amd64', 'arm64']],
    'python-3.9' => ['key' => 'python', 'name' => 'Python', 'version' => '3.9', 'image' => 'openruntimes/python:v3-3.9', 'supports' => ['amd64', 'arm64']],
    'ruby-3.0' => ['key' => 'ruby', 'name' => 'Ruby', 'version' => '3.0', 'image' => 'openruntimes/ruby:v3-3.0', 'supports' => ['amd64', 'arm64']],
    'dart-2.17' => ['key' => 'dart', 'name' => 'Dart', 'version' => '2.17', 'image' => 'openruntimes/dart:v3-2.17', 'supports' => ['amd64', 'arm64']],
];
