// Defaults that a command's --help states and its code applies, kept in one place for both.

/** `vps domains expiring` without --within. */
export const DEFAULT_EXPIRING_WITHIN_DAYS = 30;
