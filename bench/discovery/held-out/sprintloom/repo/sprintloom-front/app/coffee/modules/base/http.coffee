# Resolves API urls from conf.json ("api" key, rendered at container start) and wraps $http.

class ConfigurationService
    @.$inject = ["$window"]

    constructor: (@win) ->
        @.config = @win.sprintloomConfig or {}

    get: (key, defaultValue=null) ->
        return @.config[key] ? defaultValue

module.service("$sprintloomConfig", ConfigurationService)


class UrlsService
    @.$inject = ["$sprintloomConfig"]

    constructor: (@config) ->
        @.urls = {
            "auth": "/auth"
            "userstories": "/userstories"
            "importers-github-auth-url": "/importers/github/auth_url"
            "importers-github-list-projects": "/importers/github/list_projects"
            "importers-github-import-project": "/importers/github/import_project"
        }

    resolve: (name) ->
        host = @config.get("api", "/api/v1/").replace(/\/$/, "")
        return "#{host}#{@.urls[name]}"

module.service("$sprintloomUrls", UrlsService)


class HttpService
    @.$inject = ["$http", "$q", "$sprintloomAuth"]

    constructor: (@http, @q, @auth) ->

    headers: ->
        token = @auth.getToken()
        return if token then {"Authorization": "Bearer #{token}"} else {}

    request: (options) ->
        options.headers = _.assign({}, options.headers or {}, @.headers())
        return @http(options)

    get: (url, params, options) ->
        return @.request(_.assign({method: "GET", url: url, params: params}, options))

    post: (url, data, params, options) ->
        return @.request(_.assign({method: "POST", url: url, data: data, params: params}, options))

module.service("$sprintloomHttp", HttpService)
