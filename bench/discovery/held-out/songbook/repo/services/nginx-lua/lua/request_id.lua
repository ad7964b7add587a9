-- Ensures every request carries an X-Request-Id header.
local _M = {}

local random = math.random
local fmt = string.format

local function uuid4()
    return fmt("%08x-%04x-4%03x-%04x-%012x",
        random(0, 0xffffffff), random(0, 0xffff), random(0, 0xfff),
        random(0x8000, 0xbfff), random(0, 0xffffffffffff))
end

function _M.ensure()
    local headers = ngx.req.get_headers()
    local rid = headers["x-request-id"]
    if not rid or rid == "" then
        rid = uuid4()
        ngx.req.set_header("X-Request-Id", rid)
    end
    ngx.ctx.request_id = rid
    return rid
end

return _M
