import logging
from typing import Optional

from pyhocon import ConfigTree

from databuilder import Scoped
from databuilder.task.task import DefaultTask

LOGGER = logging.getLogger(__name__)


class DefaultJob(Scoped):
    """
    Default job that expects a task, and optional publisher
    If configured job will emit success/fail metric counter through statsd where prefix will be
    findex.databuilder.job.[identifier] .
    """
    IS_STATSD_ENABLED = 'is_statsd_enabled'
    JOB_IDENTIFIER = 'identifier'

    def __init__(self, conf: ConfigTree, task: DefaultTask, publisher: Optional[Scoped] = None) -> None:
        self.task = task
        self.conf = conf
        self.publisher = publisher
        self.scoped_conf = Scoped.get_scoped_conf(self.conf, self.get_scope())

    def init(self, conf: ConfigTree) -> None:
        pass

    def get_scope(self) -> str:
        return 'job'

    def launch(self) -> None:
        try:
            self.task.init(self.conf)
            self.task.run()
            self.task.close()
            if self.publisher:
                self.publisher.init(Scoped.get_scoped_conf(self.conf, self.publisher.get_scope()))
                self.publisher.publish()
            LOGGER.info('Job %s succeeded', self.scoped_conf.get_string(DefaultJob.JOB_IDENTIFIER, ''))
        except Exception as e:
            LOGGER.exception('Job failed: %s', e)
            raise e
        finally:
            if self.publisher:
                self.publisher.close()
