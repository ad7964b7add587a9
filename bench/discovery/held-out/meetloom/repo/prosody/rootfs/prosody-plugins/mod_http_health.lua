-- Simple HTTP health endpoint used by container orchestration.
local json = require "util.json";

module:depends("http");

local function health_check(event)
    event.response.headers.content_type = "application/json";
    return json.encode({ status = "ok" });
end

module:provides("http", {
    default_path = "/health";
    route = {
        ["GET"] = health_check;
    };
});
