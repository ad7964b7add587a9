<?php

use Appwrite\Auth\Auth;
use Appwrite\Event\Event;
use Appwrite\Event\Mail;
use Appwrite\Event\Messaging;
use Appwrite\Utopia\Response;
use Utopia\App;
use Utopia\Database\Database;
use Utopia\Database\DateTime;
use Utopia\Database\Document;
use Utopia\Database\Helpers\ID;
use Utopia\Database\Helpers\Permission;
use Utopia\Database\Helpers\Role;
use Utopia\Validator\Text;
use Appwrite\Network\Validator\Email;
use Appwrite\Network\Validator\Host;

App::post('/v1/account')
    ->desc('Create account')
    ->groups(['api', 'account', 'auth'])
    ->label('event', 'users.[userId].create')
    ->label('scope', 'sessions.write')
    ->label('audits.event', 'user.create')
    ->label('audits.resource', 'user/{response.$id}')
    ->param('userId', '', new Text(36), 'Unique Id.')
    ->param('email', '', new Email(), 'User email.')
    ->param('password', '', new Text(256), 'New user password.')
    ->param('name', '', new Text(128), 'User name.', true)
    ->inject('response')
    ->inject('project')
    ->inject('dbForProject')
    ->inject('queueForEvents')
    ->action(function (string $userId, string $email, string $password, string $name, Response $response, Document $project, Database $dbForProject, Event $queueForEvents) {
        $email = \strtolower($email);
        $userId = $userId == 'unique()' ? ID::unique() : $userId;

        $user = $dbForProject->createDocument('users', new Document([
            '$id' => $userId,
            '$permissions' => [
                Permission::read(Role::any()),
                Permission::update(Role::user($userId)),
                Permission::delete(Role::user($userId)),
            ],
            'email' => $email,
            'emailVerification' => false,
            'status' => true,
            'password' => Auth::passwordHash($password, Auth::DEFAULT_ALGO, Auth::DEFAULT_ALGO_OPTIONS),
            'passwordUpdate' => DateTime::now(),
            'registration' => DateTime::now(),
            'name' => $name,
        ]));

        $queueForEvents->setParam('userId', $user->getId());

        $response
            ->setStatusCode(Response::STATUS_CODE_CREATED)
            ->dynamic($user, Response::MODEL_ACCOUNT);
    });

App::post('/v1/account/recovery')
    ->desc('Create password recovery')
    ->groups(['api', 'account'])
    ->label('scope', 'sessions.write')
    ->label('event', 'users.[userId].recovery.[tokenId].create')
    ->param('email', '', new Email(), 'User email.')
    ->param('url', '', fn ($clients) => new Host($clients), 'URL to redirect the user back to your app from the recovery email.', false, ['clients'])
    ->inject('response')
    ->inject('dbForProject')
    ->inject('project')
    ->inject('queueForMails')
    ->inject('queueForEvents')
    ->action(function (string $email, string $url, Response $response, Database $dbForProject, Document $project, Mail $queueForMails, Event $queueForEvents) {
        $profile = $dbForProject->findOne('users', [\Utopia\Database\Query::equal('email', [\strtolower($email)])]);

        if (!$profile) {
            throw new \Exception('User not found', 404);
        }

        $secret = Auth::tokenGenerator();
        $recovery = new Document([
            '$id' => ID::unique(),
            'userId' => $profile->getId(),
            'type' => Auth::TOKEN_TYPE_RECOVERY,
            'secret' => Auth::hash($secret),
            'expire' => DateTime::addSeconds(new \DateTime(), Auth::TOKEN_EXPIRATION_RECOVERY),
        ]);
        $dbForProject->createDocument('tokens', $recovery);

        $url = $url . '?userId=' . $profile->getId() . '&secret=' . $secret;

        $queueForMails
            ->setSubject('Password Reset')
            ->setBody('Click the link to reset your password: ' . $url)
            ->setRecipient($profile->getAttribute('email', ''))
            ->setName($profile->getAttribute('name', ''))
            ->trigger();

        $queueForEvents->setParam('userId', $profile->getId())->setParam('tokenId', $recovery->getId());

        $response->setStatusCode(Response::STATUS_CODE_CREATED)->dynamic($recovery, Response::MODEL_TOKEN);
    });

App::post('/v1/account/sessions/phone')
    ->desc('Create phone session')
    ->groups(['api', 'account'])
    ->label('scope', 'sessions.write')
    ->param('userId', '', new Text(36), 'Unique Id.')
    ->param('phone', '', new Text(16), 'Phone number.')
    ->inject('response')
    ->inject('dbForProject')
    ->inject('queueForMessaging')
    ->action(function (string $userId, string $phone, Response $response, Database $dbForProject, Messaging $queueForMessaging) {
        if (empty(App::getEnv('_APP_SMS_PROVIDER'))) {
            throw new \Exception('Phone provider not configured', 503);
        }

        $secret = Auth::codeGenerator();
        $token = $dbForProject->createDocument('tokens', new Document([
            '$id' => ID::unique(),
            'userId' => $userId,
            'type' => Auth::TOKEN_TYPE_PHONE,
            'secret' => Auth::hash($secret),
            'expire' => DateTime::addSeconds(new \DateTime(), Auth::TOKEN_EXPIRATION_PHONE),
        ]));

        $queueForMessaging
            ->setRecipient($phone)
            ->setMessage($secret)
            ->trigger();

        $response->setStatusCode(Response::STATUS_CODE_CREATED)->dynamic($token, Response::MODEL_TOKEN);
    });
