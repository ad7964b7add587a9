<?php

namespace Appwrite\Platform\Tasks;

use Appwrite\Event\Func;
use Cron\CronExpression;
use Swoole\Timer;
use Utopia\App;
use Utopia\CLI\Console;
use Utopia\Database\Database;
use Utopia\Database\DateTime;
use Utopia\Database\Document;
use Utopia\Database\Query;
use Utopia\Platform\Action;
use Utopia\Pools\Group;

use function Swoole\Coroutine\run;

class Schedule extends Action
{
    public const FUNCTION_UPDATE_TIMER = 10; //seconds
    public const FUNCTION_ENQUEUE_TIMER = 60; //seconds

    public static function getName(): string
    {
        return 'schedule';
    }

    public function __construct()
    {
        $this
            ->desc('Execute functions scheduled in Appwrite')
            ->inject('pools')
            ->inject('dbForConsole')
            ->inject('getProjectDB')
            ->callback(fn (Group $pools, Database $dbForConsole, callable $getProjectDB) => $this->action($pools, $dbForConsole, $getProjectDB));
    }

    /**
     * 1. Load all function schedules from MariaDB (console `schedules` collection)
     * 2. Every minute enqueue due executions onto v1-functions (Redis)
     */
    public function action(Group $pools, Database $dbForConsole, callable $getProjectDB): void
    {
        Console::title('Scheduler V1');
        Console::success(APP_NAME . ' Scheduler v1 has started');

        $schedules = [];
        $lastSyncUpdate = DateTime::now();

        $getSchedule = function (Document $schedule) use ($dbForConsole, $getProjectDB): array {
            $project = $dbForConsole->getDocument('projects', $schedule->getAttribute('projectId'));
            $function = $getProjectDB($project)->getDocument('functions', $schedule->getAttribute('resourceId'));

            return [
                'resourceId' => $schedule->getAttribute('resourceId'),
                'schedule' => $schedule->getAttribute('schedule'),
                'resourceUpdatedAt' => $schedule->getAttribute('resourceUpdatedAt'),
                'project' => $project,
                'resource' => $function,
            ];
        };

        $latestDocument = null;
        while (true) {
            $paginationQueries = [Query::limit(10_000)];
            if ($latestDocument !== null) {
                $paginationQueries[] = Query::cursorAfter($latestDocument);
            }
            $results = $dbForConsole->find('schedules', \array_merge($paginationQueries, [
                Query::equal('region', [App::getEnv('_APP_REGION', 'default')]),
                Query::equal('resourceType', ['function']),
                Query::equal('active', [true]),
            ]));
            foreach ($results as $document) {
                $schedules[$document['resourceId']] = $getSchedule($document);
            }
            $latestDocument = \end($results);
            if (\count($results) < 10_000) {
                break;
            }
        }

        Console::success("Starting timers at " . DateTime::now());

        run(function () use ($dbForConsole, &$schedules, &$lastSyncUpdate, $getSchedule, $pools) {
            Timer::tick(self::FUNCTION_UPDATE_TIMER * 1000, function () use ($dbForConsole, &$schedules, &$lastSyncUpdate, $getSchedule, $pools) {
                $time = DateTime::now();
                $results = $dbForConsole->find('schedules', [
                    Query::equal('region', [App::getEnv('_APP_REGION', 'default')]),
                    Query::equal('resourceType', ['function']),
                    Query::greaterThanEqual('resourceUpdatedAt', $lastSyncUpdate),
                    Query::limit(10_000),
                ]);
                foreach ($results as $document) {
                    $schedules[$document['resourceId']] = $getSchedule($document);
                }
                $lastSyncUpdate = $time;
                $pools->reclaim();
            });

            Timer::tick(self::FUNCTION_ENQUEUE_TIMER * 1000, function () use (&$schedules, $pools) {
                $now = new \DateTime();
                $delayedExecutions = [];

                foreach ($schedules as $key => $schedule) {
                    $cron = new CronExpression($schedule['schedule']);
                    $nextDate = $cron->getNextRunDate();
                    $next = DateTime::format($nextDate);
                    $delay = (new \DateTime($next))->getTimestamp() - $now->getTimestamp();
                    if ($delay <= self::FUNCTION_ENQUEUE_TIMER) {
                        $delayedExecutions[$delay][] = $key;
                    }
                }

                foreach ($delayedExecutions as $delay => $scheduleKeys) {
                    \go(function () use ($delay, $schedules, $scheduleKeys, $pools) {
                        \sleep($delay);
                        foreach ($scheduleKeys as $scheduleKey) {
                            if (!\array_key_exists($scheduleKey, $schedules)) {
                                return;
                            }
                            $schedule = $schedules[$scheduleKey];
                            $connection = $pools->get('queue')->pop();
                            $queueForFunctions = new Func($connection->getResource());
                            $queueForFunctions
                                ->setType('schedule')
                                ->setFunction($schedule['resource'])
                                ->setMethod('POST')
                                ->setPath('/')
                                ->setProject($schedule['project'])
                                ->trigger();
                            $connection->reclaim();
                        }
                    });
                }
            });
        });
    }
}
