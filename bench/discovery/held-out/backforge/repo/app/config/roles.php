<?php

$member = [
    'global', 'public', 'home', 'console', 'graphql', 'sessions.write', 'account', 'teams.read', 'teams.write',
    'documents.read', 'documents.write', 'files.read', 'files.write', 'projects.read', 'projects.write',
    'locale.read', 'avatars.read', 'execution.read', 'execution.write',
];

$admins = [
    'global', 'graphql', 'teams.read', 'teams.write', 'documents.read', 'documents.write', 'files.read',
    'files.write', 'buckets.read', 'buckets.write', 'users.read', 'users.write', 'databases.read',
    'databases.write', 'collections.read', 'collections.write', 'platforms.read', 'platforms.write',
    'projects.write', 'keys.read', 'keys.write', 'webhooks.read', 'webhooks.write', 'locale.read',
    'avatars.read', 'health.read', 'functions.read', 'functions.write', 'execution.read', 'execution.write',
    'rules.read', 'rules.write', 'migrations.read', 'migrations.write', 'vcs.read', 'vcs.write', 'assistant.read',
];

return [
    'guests' => ['label' => 'Guests', 'scopes' => ['global', 'public', 'home', 'console', 'graphql', 'sessions.write', 'locale.read', 'avatars.read', 'execution.write']],
    'users' => ['label' => 'Users', 'scopes' => \array_merge($member, [])],
    'admin' => ['label' => 'Admin', 'scopes' => \array_merge($admins, [])],
    'developer' => ['label' => 'Developer', 'scopes' => \array_merge($admins, [])],
    'owner' => ['label' => 'Owner', 'scopes' => \array_merge($member, $admins, [])],
    'apps' => ['label' => 'Applications', 'scopes' => ['global', 'health.read', 'graphql']],
];
