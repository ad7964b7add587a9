import BaseProcessor from "./BaseProcessor";
import NotificationsProcessor from "./NotificationsProcessor";
import WebsocketsProcessor from "./WebsocketsProcessor";

const processors: Record<string, typeof BaseProcessor> = {
  NotificationsProcessor,
  WebsocketsProcessor,
};

export default processors;
