// The colours a user can give an account, so its items stand out in the tray and in the window's
// merged lists. The tray's menu has no colours of its own: each colour has a coloured mark there.
export const ACCOUNT_COLOURS = ['blue', 'green', 'yellow', 'orange', 'red', 'purple'] as const;

export type AccountColour = (typeof ACCOUNT_COLOURS)[number];

export const TRAY_MARK: Record<AccountColour, string> = {
  blue: '🔵',
  green: '🟢',
  yellow: '🟡',
  orange: '🟠',
  red: '🔴',
  purple: '🟣',
};
