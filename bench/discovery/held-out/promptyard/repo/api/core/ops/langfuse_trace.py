import logging
import os
from typing import Optional

from langfuse import Langfuse  # type: ignore

from core.ops.base_trace_instance import BaseTraceInstance
from core.ops.entities.config_entity import LangfuseConfig
from core.ops.entities.trace_entity import BaseTraceInfo, MessageTraceInfo, WorkflowTraceInfo

logger = logging.getLogger(__name__)


class LangFuseDataTrace(BaseTraceInstance):
    """
    Per-app LLM observability. Credentials and host are configured by the user in the
    console (Monitoring -> Tracing) and stored encrypted per app.
    """

    def __init__(self, langfuse_config: LangfuseConfig):
        super().__init__(langfuse_config)
        self.langfuse_client = Langfuse(
            public_key=langfuse_config.public_key,
            secret_key=langfuse_config.secret_key,
            host=langfuse_config.host,
        )
        self.file_base_url = os.getenv("FILES_URL", "http://127.0.0.1:5001")

    def trace(self, trace_info: BaseTraceInfo):
        if isinstance(trace_info, WorkflowTraceInfo):
            self.workflow_trace(trace_info)
        if isinstance(trace_info, MessageTraceInfo):
            self.message_trace(trace_info)

    def workflow_trace(self, trace_info: WorkflowTraceInfo):
        self.langfuse_client.trace(
            id=trace_info.workflow_run_id,
            name="workflow",
            input=trace_info.workflow_run_inputs,
            output=trace_info.workflow_run_outputs,
            metadata=trace_info.metadata,
        )

    def message_trace(self, trace_info: MessageTraceInfo, **kwargs):
        self.langfuse_client.trace(
            id=trace_info.message_id,
            name="message",
            input=trace_info.inputs,
            output=trace_info.outputs,
        )

    def api_check(self) -> Optional[bool]:
        try:
            return self.langfuse_client.auth_check()
        except Exception as e:
            logger.debug(f"LangFuse API check failed: {str(e)}")
            raise ValueError(f"LangFuse API check failed: {str(e)}")
