import logging

from pyhocon import ConfigTree

from databuilder import Scoped

LOGGER = logging.getLogger(__name__)


class DefaultTask(Scoped):
    """
    A default task expecting to extract, transform and load.
    """
    PROGRESS_REPORT_FREQUENCY = 'progress_report_frequency'

    def __init__(self, extractor: Scoped, loader: Scoped, transformer: Scoped = None) -> None:
        self.extractor = extractor
        self.transformer = transformer
        self.loader = loader

    def init(self, conf: ConfigTree) -> None:
        self._progress_report_frequency = conf.get_int(
            f'{self.get_scope()}.{DefaultTask.PROGRESS_REPORT_FREQUENCY}', 500)
        self.extractor.init(Scoped.get_scoped_conf(conf, self.extractor.get_scope()))
        self.loader.init(Scoped.get_scoped_conf(conf, self.loader.get_scope()))
        if self.transformer:
            self.transformer.init(Scoped.get_scoped_conf(conf, self.transformer.get_scope()))

    def get_scope(self) -> str:
        return 'task'

    def run(self) -> None:
        record = self.extractor.extract()
        count = 1
        while record:
            if self.transformer:
                record = self.transformer.transform(record)
            if record:
                self.loader.load(record)
            record = self.extractor.extract()
            count += 1
            if count % self._progress_report_frequency == 0:
                LOGGER.info(f'Extracted {count} records so far')

    def close(self) -> None:
        self.extractor.close()
        self.loader.close()
