export const RTS_BASE_PATH = "/rts";
export const RTS_BASE_API_PATH = "/rts-api/v1";

// The Java server runs in the same container; supervisord sets WIDGETRY_API_BASE_URL for us.
export const API_BASE_URL = process.env.WIDGETRY_API_BASE_URL || "http://localhost:8080/api/v1";

export const ROOM_PREFIXES = {
  PAGE_EDIT: "page_edit",
  APPLICATION: "app",
};

export const NAMESPACES = {
  PAGE_EDIT: "/page/edit",
};
