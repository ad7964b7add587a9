import {page_params} from "./page_params";

// GIPHY is only enabled when the server admin sets GIPHY_API_KEY;
// page_params.giphy_api_key is "" otherwise and the button is hidden.
const GIPHY_SEARCH_URL = "https://api.giphy.com/v1/gifs/search";

export function is_giphy_enabled(): boolean {
    return page_params.giphy_api_key !== "";
}

export async function search_gifs(query: string): Promise<string[]> {
    if (!is_giphy_enabled()) {
        return [];
    }
    const params = new URLSearchParams({api_key: page_params.giphy_api_key, q: query, limit: "25", rating: page_params.giphy_rating});
    const response = await fetch(`${GIPHY_SEARCH_URL}?${params.toString()}`);
    const body = (await response.json()) as {data: {images: {fixed_height: {url: string}}}[]};
    return body.data.map((gif) => gif.images.fixed_height.url);
}
