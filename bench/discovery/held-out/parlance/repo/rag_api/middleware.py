import os
from datetime import datetime, timezone
from jose import jwt, JWTError
from fastapi import Request
from fastapi.responses import JSONResponse
from config import logger


async def security_middleware(request: Request, call_next):
    async def next_middleware_call():
        return await call_next(request)

    if request.url.path in ("/docs", "/openapi.json", "/health"):
        return await next_middleware_call()

    jwt_secret = os.getenv("JWT_SECRET")
    if jwt_secret:
        authorization = request.headers.get("Authorization")
        if not authorization or not authorization.startswith("Bearer "):
            return JSONResponse(status_code=401, content={"detail": "Missing or invalid Authorization header"})

        token = authorization.split(" ")[1]
        try:
            payload = jwt.decode(token, jwt_secret, algorithms=["HS256"])
            exp_timestamp = payload.get("exp")
            if exp_timestamp and datetime.now(tz=timezone.utc) > datetime.fromtimestamp(exp_timestamp, tz=timezone.utc):
                return JSONResponse(status_code=401, content={"detail": "Token has expired"})
            request.state.user = payload
        except JWTError:
            return JSONResponse(status_code=401, content={"detail": "Invalid token"})
    else:
        logger.warning("JWT_SECRET not found in environment variables")

    return await next_middleware_call()
