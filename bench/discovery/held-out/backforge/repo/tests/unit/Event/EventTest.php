<?php

namespace Tests\Unit\Event;

use Appwrite\Event\Event;
use PHPUnit\Framework\TestCase;
use Utopia\App;
use Utopia\Queue\Client;
use Utopia\Queue\Connection\Redis as RedisConnection;

class EventTest extends TestCase
{
    protected ?Event $object = null;
    protected string $queue = '';

    public function setUp(): void
    {
        $redisHost = App::getEnv('_APP_REDIS_HOST', '');
        $redisPort = App::getEnv('_APP_REDIS_PORT', '');
        $connection = new RedisConnection($redisHost, $redisPort);
        $this->queue = 'v1-tests' . uniqid();
        $this->object = new Event($this->queue, 'TestsV1', $connection);
    }

    public function testQueue(): void
    {
        $this->assertEquals($this->queue, $this->object->getQueue());
        $this->object->setQueue('demo');
        $this->assertEquals('demo', $this->object->getQueue());
        $this->object->setQueue($this->queue);
    }

    public function testGenerateEvents(): void
    {
        $events = Event::generateEvents('users.[userId].create', ['userId' => 'torsten']);
        $this->assertContains('users.torsten.create', $events);
    }
}
