import os

from dotenv import load_dotenv
from fastapi import FastAPI

load_dotenv()

from routers.description_generator import description  # noqa: E402

app = FastAPI(title="Kestrel AI helper", version=os.environ.get("APP_VERSION", "0.1.0"))
app.include_router(description)


@app.get("/health", summary="check that the service is up", tags=["health"])
async def health():
    capabilities = ["description"]
    return {"status": "ok", "version": app.version, "capabilities": capabilities}
