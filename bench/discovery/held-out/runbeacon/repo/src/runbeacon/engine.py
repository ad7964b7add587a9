"""Flow run engine: executes a flow and reports state to the Runbeacon API."""
import os
import traceback

from runbeacon.client.orchestration import get_client


def run_flow(flow, args, kwargs):
    flow_run_id = os.environ.get("RUNBEACON__FLOW_RUN_ID")
    with get_client(sync_client=True) as client:
        if flow_run_id:
            client.set_flow_run_state(flow_run_id, "RUNNING")
        try:
            result = flow.fn(*args, **kwargs)
        except Exception as exc:
            if flow_run_id:
                client.set_flow_run_state(flow_run_id, "FAILED", message=traceback.format_exc())
            for hook in flow.on_failure_hooks:
                hook(flow, flow_run_id, exc)
            raise
        if flow_run_id:
            client.set_flow_run_state(flow_run_id, "COMPLETED")
        return result
