-- Adds fields picked up by the fluent-bit nginx parser.
local _M = {}

function _M.annotate()
    local ctx = ngx.ctx
    local status = tonumber(ngx.var.status) or 0
    if status >= 500 then
        ngx.log(ngx.WARN, "upstream error rid=", ctx.request_id or "-",
            " uri=", ngx.var.uri, " status=", status)
    end
end

return _M
