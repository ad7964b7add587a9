"""
Trigger, kill and logs endpoints operating on the local Airflow metadata DB
"""
from airflow.api.common.trigger_dag import trigger_dag as airflow_trigger_dag
from airflow.models import DagModel, DagRun, TaskInstance
from airflow.utils import timezone
from airflow.utils.session import create_session
from airflow.utils.state import DagRunState, TaskInstanceState
from flask import Response, escape, jsonify, request


def trigger_dag() -> Response:
    json_request = request.get_json(cache=False)
    dag_id = json_request.get("dag_id")
    if not dag_id:
        return Response("Missing dag_id argument in the request", status=400)
    run_id = f"manual__{timezone.utcnow().isoformat()}"
    dag_run = airflow_trigger_dag(dag_id=dag_id, run_id=run_id, conf=json_request.get("conf"))
    return jsonify({"message": f"Workflow [{escape(dag_id)}] has been triggered {dag_run}"})


def kill_dag() -> Response:
    dag_id = request.get_json(cache=False).get("dag_id")
    with create_session() as session:
        runs = session.query(DagRun).filter(DagRun.dag_id == dag_id,
                                            DagRun.state.in_([DagRunState.RUNNING, DagRunState.QUEUED]))
        for dag_run in runs:
            dag_run.state = DagRunState.FAILED
            for task in dag_run.get_task_instances(session=session):
                task.set_state(TaskInstanceState.FAILED, session=session)
    return jsonify({"message": f"Workflow [{escape(dag_id)}] has been killed"})


def last_dag_logs() -> Response:
    dag_id = request.args.get("dag_id")
    with create_session() as session:
        dag_model = session.query(DagModel).filter(DagModel.dag_id == dag_id).first()
        if not dag_model:
            return Response(f"DAG {escape(dag_id)} not found.", status=404)
        last_run = (
            session.query(DagRun).filter(DagRun.dag_id == dag_id).order_by(DagRun.execution_date.desc()).first()
        )
        tasks = session.query(TaskInstance).filter(TaskInstance.run_id == last_run.run_id).all()
    return jsonify({task.task_id: task.log_url for task in tasks})
