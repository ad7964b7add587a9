type PageParams = {
    queue_id: string;
    last_event_id: number;
    event_queue_longpoll_timeout_seconds: number;
    giphy_api_key: string;
    giphy_rating: string;
    realm_uri: string;
};

const page_params_div = document.querySelector("#page-params");
export const page_params: PageParams = JSON.parse(page_params_div?.getAttribute("data-params") ?? "{}") as PageParams;
