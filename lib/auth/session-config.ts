/** Sessions end after this long without a request (the proxy slides the expiry on activity). */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
