import * as channel from "./channel";
import {page_params} from "./page_params";

type ServerEvent = {id: number; type: string; [key: string]: unknown};

let event_queue_id: string = page_params.queue_id;
let last_event_id: number = page_params.last_event_id;
let get_events_failures = 0;
let get_events_xhr: JQuery.jqXHR | undefined;

function dispatch_events(events: ServerEvent[]): void {
    for (const event of events) {
        last_event_id = Math.max(last_event_id, event.id);
        document.dispatchEvent(new CustomEvent("parleyhub:server_event", {detail: event}));
    }
}

// Long-poll Tornado (nginx routes /json/events to it).
export function get_events(): void {
    get_events_xhr = channel.get({
        url: "/json/events",
        data: {queue_id: event_queue_id, last_event_id, dont_block: false},
        timeout: page_params.event_queue_longpoll_timeout_seconds * 1000,
        success(data) {
            get_events_failures = 0;
            dispatch_events((data as {events: ServerEvent[]}).events);
            get_events();
        },
        error(xhr) {
            if (xhr.status === 400 && xhr.responseJSON?.code === "BAD_EVENT_QUEUE_ID") {
                window.location.reload();
                return;
            }
            get_events_failures += 1;
            const retry_sec = Math.min(90, Math.exp(get_events_failures / 2));
            setTimeout(get_events, retry_sec * 1000);
        },
    });
}

export function cleanup_event_queue(): void {
    get_events_xhr?.abort();
    void channel.del({url: "/json/events", data: {queue_id: event_queue_id}});
}

export function initialize(params: {queue_id: string; last_event_id: number}): void {
    event_queue_id = params.queue_id;
    last_event_id = params.last_event_id;
    get_events();
}
