from collections.abc import Mapping, Sequence
from typing import Any, Optional

from configs import yard_config
from core.helper.code_executor.code_executor import CodeExecutionError, CodeExecutor, CodeLanguage
from core.workflow.entities.node_entities import NodeRunResult
from core.workflow.nodes.base import BaseNode
from core.workflow.nodes.code.entities import CodeNodeData
from core.workflow.nodes.enums import NodeType
from models.workflow import WorkflowNodeExecutionStatus


class CodeNode(BaseNode[CodeNodeData]):
    _node_data_cls = CodeNodeData
    _node_type = NodeType.CODE

    def _run(self) -> NodeRunResult:
        # Get code language
        code_language = self.node_data.code_language
        code = self.node_data.code

        # Get variables
        variables = {}
        for variable_selector in self.node_data.variables:
            variable_name = variable_selector.variable
            variable = self.graph_runtime_state.variable_pool.get(variable_selector.value_selector)
            variables[variable_name] = variable.to_object() if variable else None
        # Run code
        try:
            result = CodeExecutor.execute_workflow_code_template(
                language=code_language,
                code=code,
                inputs=variables,
            )

            # Transform result
            result = self._transform_result(result=result, output_schema=self.node_data.outputs)
        except (CodeExecutionError, ValueError) as e:
            return NodeRunResult(
                status=WorkflowNodeExecutionStatus.FAILED, inputs=variables, error=str(e), error_type=type(e).__name__
            )

        return NodeRunResult(status=WorkflowNodeExecutionStatus.SUCCEEDED, inputs=variables, outputs=result)

    def _check_string(self, value: str | None, variable: str) -> str | None:
        if value is None:
            return None
        if len(value) > yard_config.CODE_MAX_STRING_LENGTH:
            raise ValueError(
                f"The length of output variable `{variable}` must be"
                f" less than {yard_config.CODE_MAX_STRING_LENGTH} characters"
            )
        return value.replace("\x00", "")

    def _transform_result(self, result: Mapping[str, Any], output_schema: Optional[dict], prefix: str = "") -> dict:
        transformed_result: dict[str, Any] = {}
        if output_schema is None:
            return dict(result)
        for output_name in output_schema:
            value = result.get(output_name)
            if isinstance(value, str):
                value = self._check_string(value, f"{prefix}.{output_name}" if prefix else output_name)
            transformed_result[output_name] = value
        return transformed_result
