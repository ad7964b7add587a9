// Defaults used when running lemmy-ui outside docker (yarn dev against a local lemmy on 8536)
export const testHost = "0.0.0.0:8536";

export const httpsEnabled = process.env.LEMMY_UI_HTTPS === "true";
export const debugEnabled = process.env.LEMMY_UI_DEBUG === "true";
export const extraThemesFolder =
  process.env["LEMMY_UI_EXTRA_THEMES_FOLDER"] || "./extra_themes";
export const customHtmlHeader = process.env["LEMMY_UI_CUSTOM_HTML_HEADER"] || "";

export const repoUrl = "https://github.com/LemmyNet/lemmy";
export const joinLemmyUrl = "https://join-lemmy.org";
export const donateLemmyUrl = `${joinLemmyUrl}/donate`;
