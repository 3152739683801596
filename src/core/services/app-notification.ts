// A desktop notification as the services ask for it; the shell shows it, and a click opens the
// window at `target`.
import type { View } from '@shared/app-state';

export interface AppNotification {
  title: string;
  body: string;
  target?: { view: View; id?: number | string };
}
