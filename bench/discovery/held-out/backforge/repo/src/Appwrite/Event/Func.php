<?php

namespace Appwrite\Event;

use Utopia\Database\Document;
use Utopia\Queue\Client;
use Utopia\Queue\Connection;

class Func extends Event
{
    protected string $jwt = "";
    protected string $type = "";
    protected string $body = "";
    protected string $path = "";
    protected string $method = "";
    protected array $headers = [];
    protected ?Document $function = null;
    protected ?Document $execution = null;

    public function setFunction(Document $function): self
    {
        $this->function = $function;
        return $this;
    }

    public function setExecution(Document $execution): self
    {
        $this->execution = $execution;
        return $this;
    }

    /**
     * Copy project/user/event/payload from the generic event so subscribed functions run.
     */
    public function from(Event $event): self
    {
        $this->project = $event->getProject();
        $this->event = $event->getEvent();
        $this->params = $event->getParams();
        $this->payload = $event->getPayload();
        return $this;
    }

    public function setType(string $type): self
    {
        $this->type = $type;
        return $this;
    }

    public function setBody(string $body): self
    {
        $this->body = $body;
        return $this;
    }

    public function setPath(string $path): self
    {
        $this->path = $path;
        return $this;
    }

    public function setMethod(string $method): self
    {
        $this->method = $method;
        return $this;
    }

    public function setHeaders(array $headers): self
    {
        $this->headers = $headers;
        return $this;
    }

    public function __construct(protected Connection $connection)
    {
        parent::__construct(Event::FUNCTIONS_QUEUE_NAME, Event::FUNCTIONS_CLASS_NAME, $connection);
    }

    public function trigger(): string|bool
    {
        $client = new Client($this->queue, $this->connection);

        return $client->enqueue([
            'project' => $this->project,
            'user' => $this->user,
            'function' => $this->function,
            'execution' => $this->execution,
            'type' => $this->type,
            'jwt' => $this->jwt,
            'payload' => $this->payload,
            'events' => Event::generateEvents($this->getEvent(), $this->getParams()),
            'body' => $this->body,
            'path' => $this->path,
            'headers' => $this->headers,
            'method' => $this->method,
        ]);
    }
}
