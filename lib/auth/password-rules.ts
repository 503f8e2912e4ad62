/** New passwords need at least this many characters (NCSC favours length over complexity). */
export const MIN_PASSWORD_LENGTH = 12;
