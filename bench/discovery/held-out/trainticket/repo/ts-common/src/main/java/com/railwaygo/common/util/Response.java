package com.railwaygo.common.util;

/**
 * Uniform response envelope used by every RailWay Go service.
 * status: 1 = success, 0 = failure.
 */
public class Response<T> {
    private Integer status;
    private String msg;
    private T data;

    public Response() {
    }

    public Response(Integer status, String msg, T data) {
        this.status = status;
        this.msg = msg;
        this.data = data;
    }

    public static <T> Response<T> ok(String msg, T data) {
        return new Response<>(1, msg, data);
    }

    public static <T> Response<T> fail(String msg) {
        return new Response<>(0, msg, null);
    }

    public Integer getStatus() { return status; }
    public void setStatus(Integer status) { this.status = status; }
    public String getMsg() { return msg; }
    public void setMsg(String msg) { this.msg = msg; }
    public T getData() { return data; }
    public void setData(T data) { this.data = data; }
}
