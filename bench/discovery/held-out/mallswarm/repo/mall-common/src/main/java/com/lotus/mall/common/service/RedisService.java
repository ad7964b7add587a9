package com.lotus.mall.common.service;

import java.util.Map;

public interface RedisService {
    void set(String key, Object value, long time);

    void set(String key, Object value);

    Object get(String key);

    Boolean del(String key);

    Boolean expire(String key, long time);

    Long incr(String key, long delta);

    Object hGet(String key, String hashKey);

    void hSetAll(String key, Map<String, ?> map);

    Map<Object, Object> hGetAll(String key);
}
