import logging

import sentry_sdk
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from decouple import config
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from chalicelib.utils import pg_client, ch_client
from routers import core

TRACK_TIME = config("TRACK_TIME", default=False, cast=bool)
loglevel = config("LOGLEVEL", default=logging.WARNING)
logging.basicConfig(level=loglevel)

if len(config("SENTRY_DSN", default="")) > 0:
    sentry_sdk.init(dsn=config("SENTRY_DSN"), traces_sample_rate=0.1, environment=config("ENV", default="oss"))

app = FastAPI(root_path=config("root_path", default="/api"), docs_url=config("docs_url", default=""),
              redoc_url=config("redoc_url", default=""))
app.add_middleware(GZipMiddleware, minimum_size=1000)
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"],
                   allow_headers=["*"])


@app.middleware("http")
async def or_middleware(request: Request, call_next):
    if TRACK_TIME:
        import time
        now = time.time()
    response = await call_next(request)
    if TRACK_TIME:
        logging.info(f"Execution time: {time.time() - now} s")
    return response


app.include_router(core.public_app)
app.include_router(core.app)
app.include_router(core.app_apikey)
app.include_router(core.app_dynamic)

app.schedule = AsyncIOScheduler()


@app.on_event("startup")
async def startup():
    logging.info(">>>>> starting up <<<<<")
    await pg_client.init()
    ch_client.init()
    app.schedule.start()


@app.on_event("shutdown")
async def shutdown():
    logging.info(">>>>> shutting down <<<<<")
    app.schedule.shutdown(wait=False)
    await pg_client.terminate()


@app.get('/private/shutdown', tags=["private"])
async def stop_server():
    import os, signal
    logging.info("Requested shutdown")
    await shutdown()
    os.kill(1, signal.SIGTERM)
