from decouple import config
from fastapi import APIRouter, Body

from chalicelib.core import assist, sessions_mobs, sourcemaps
from chalicelib.core.collaborations.slack import Slack
from chalicelib.utils import redis_client, quickwit
from chalicelib.utils.smtp import SMTPClient

public_app = APIRouter()
app = APIRouter()
app_apikey = APIRouter(prefix="/v1")
app_dynamic = APIRouter()


@public_app.get("/healthz")
def health():
    return {"data": "ok"}


@app.post("/{projectId}/assist/sessions")
def sessions_live(projectId: int, data: dict = Body(...)):
    return {"data": assist.get_live_sessions_ws(projectId, body=data)}


@app.get("/{projectId}/sessions/{sessionId}/replay")
def get_session_replay(projectId: int, sessionId: int):
    session = sessions_mobs.get_session(project_id=projectId, session_id=sessionId)
    if session is None:
        return {"errors": ["session not found"]}
    session["domURL"] = sessions_mobs.get_urls(project_id=projectId, session_id=sessionId)
    session["live"] = assist.is_live(projectId, sessionId, session.get("project_key"))
    session["eventsCount"] = sessions_mobs.get_session_events_count(projectId, sessionId)
    return {"data": session}


@app.get("/{projectId}/assist/autocomplete")
def autocomplete(projectId: int, q: str, key: str = None):
    return assist.autocomplete(project_id=projectId, q=q, key=key)


@app.get("/{projectId}/search/messages")
def search_messages(projectId: int, q: str):
    return {"data": quickwit.search_messages(projectId, q)}


@app.get("/logout")
def logout(jti: str):
    redis_client.blacklist_jwt(jti, ttl=86400)
    return {"data": "success"}


@app_dynamic.post("/{projectId}/errors/{errorId}/sourcemaps")
def errors_get_details_sourcemaps(projectId: int, errorId: str, data: list = Body(...)):
    stack, traces = sourcemaps.get_traces_group(project_id=projectId, payload=data)
    return {"data": {"stack": stack, "traces": traces}}


@app_dynamic.post("/{projectId}/sessions/delete")
def delete_sessions(projectId: int, data: dict = Body(...)):
    sessions_mobs.delete_mobs(project_id=projectId, session_ids=data.get("sessionIds", []))
    return {"data": "ok"}


@app_dynamic.post("/client/members/invite")
def invite_member(data: dict = Body(...)):
    with SMTPClient() as s:
        s.sendmail(config("EMAIL_FROM"), [data["email"]], f"Subject: You're invited to SessionCast\n\n{data.get('link')}")
    return {"data": "invited"}


@app_dynamic.post("/integrations/slack/{webhookId}/notify")
def slack_notify(webhookId: int, data: dict = Body(...)):
    return Slack.send_text(tenant_id=1, webhook_id=webhookId, text=data.get("text", ""))
