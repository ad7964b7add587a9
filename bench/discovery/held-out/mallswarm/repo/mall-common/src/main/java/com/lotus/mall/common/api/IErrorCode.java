package com.lotus.mall.common.api;

public interface IErrorCode {
    long getCode();

    String getMessage();
}
