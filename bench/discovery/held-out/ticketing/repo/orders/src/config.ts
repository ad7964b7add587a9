// How long a buyer has to pay for a reserved ticket.
export const EXPIRATION_WINDOW_SECONDS = parseInt(
  process.env.EXPIRATION_WINDOW_SECONDS || '900',
  10
);
