package com.lotus.mall.common.api;

public enum ResultCode implements IErrorCode {
    SUCCESS(200, "ok"),
    FAILED(500, "operation failed"),
    VALIDATE_FAILED(404, "parameter validation failed"),
    UNAUTHORIZED(401, "not logged in or token expired"),
    FORBIDDEN(403, "no permission");

    private final long code;
    private final String message;

    ResultCode(long code, String message) {
        this.code = code;
        this.message = message;
    }

    @Override
    public long getCode() {
        return code;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
