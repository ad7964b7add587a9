-- Fixed-window rate limiting on a shared dict, keyed by client address.
local _M = {}

local store = ngx.shared.rate_limit_store

function _M.check(zone, limit_per_sec)
    local key = zone .. ":" .. ngx.var.remote_addr .. ":" .. ngx.time()
    local count, err = store:incr(key, 1, 0, 2)
    if not count then
        ngx.log(ngx.ERR, "rate limit store error: ", err)
        return
    end
    if count > limit_per_sec then
        ngx.header["Retry-After"] = "1"
        return ngx.exit(429)
    end
end

return _M
