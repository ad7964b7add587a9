<?php

namespace Appwrite\Platform\Services;

use Appwrite\Platform\Tasks\Doctor;
use Appwrite\Platform\Tasks\Maintenance;
use Appwrite\Platform\Tasks\Schedule;
use Utopia\Platform\Service;

class Tasks extends Service
{
    public function __construct()
    {
        $this->type = self::TYPE_CLI;
        $this
            ->addAction(Doctor::getName(), new Doctor())
            ->addAction(Maintenance::getName(), new Maintenance())
            ->addAction(Schedule::getName(), new Schedule());
    }
}
