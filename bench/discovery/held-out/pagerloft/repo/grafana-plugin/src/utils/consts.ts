export const PLUGIN_ID = 'pagerloft-app';
export const PLUGIN_ROOT = `/a/${PLUGIN_ID}`;

export const DOCS_ROOT = 'https://docs.pagerloft.io';

// Help links shown on the chat-ops / notification settings pages
export const SLACK_APP_DOCS_URL = 'https://api.slack.com/apps';
export const TELEGRAM_BOTFATHER_DOCS_URL = 'https://core.telegram.org/bots#how-do-i-create-a-bot';
export const TWILIO_CONSOLE_URL = 'https://console.twilio.com/';
export const MOBILE_APP_STORE_URL = 'https://apps.apple.com/app/pagerloft/id0000000000';
