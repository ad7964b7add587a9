export * from './emails/clean-inactive-workspaces.email';
export * from './emails/delete-inactive-workspaces.email';
export * from './emails/password-update-notify.email';
export * from './emails/send-invite-link.email';
