import $ from "jquery";

const csrf_token: string =
    document.querySelector<HTMLInputElement>("input[name=csrfmiddlewaretoken]")?.value ?? "";

export type AjaxRequestHandler = {
    url: string;
    data?: Record<string, unknown> | string;
    timeout?: number;
    success?: (data: unknown, textStatus: string, xhr: JQuery.jqXHR) => void;
    error?: (xhr: JQuery.jqXHR, error_type: string) => void;
};

const pending_requests: JQuery.jqXHR[] = [];

function call(method: "GET" | "POST" | "PATCH" | "DELETE", args: AjaxRequestHandler): JQuery.jqXHR {
    const jqXHR = $.ajax({
        type: method,
        url: args.url,
        data: args.data,
        timeout: args.timeout,
        headers: {"X-CSRFToken": csrf_token},
        success(data, textStatus, xhr) {
            pending_requests.splice(pending_requests.indexOf(jqXHR), 1);
            args.success?.(data, textStatus, xhr);
        },
        error(xhr, error_type) {
            pending_requests.splice(pending_requests.indexOf(jqXHR), 1);
            args.error?.(xhr, error_type);
        },
    });
    pending_requests.push(jqXHR);
    return jqXHR;
}

export const get = (args: AjaxRequestHandler): JQuery.jqXHR => call("GET", args);
export const post = (args: AjaxRequestHandler): JQuery.jqXHR => call("POST", args);
export const patch = (args: AjaxRequestHandler): JQuery.jqXHR => call("PATCH", args);
export const del = (args: AjaxRequestHandler): JQuery.jqXHR => call("DELETE", args);

export function send_message(to: string, topic: string, content: string): JQuery.jqXHR {
    return post({url: "/json/messages", data: {type: "stream", to, topic, content}});
}

export async function upload_file(file: File): Promise<string> {
    const form = new FormData();
    form.append("file", file);
    const response = await fetch("/json/user_uploads", {
        method: "POST",
        body: form,
        headers: {"X-CSRFToken": csrf_token},
    });
    const json = (await response.json()) as {uri: string};
    return json.uri;
}
