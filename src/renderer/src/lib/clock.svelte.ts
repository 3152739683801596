// One ticking "now" for every countdown, age and elapsed time on screen.
class Clock {
  now = $state(Date.now());

  /** Ticks every second until the returned function is called. */
  start(): () => void {
    const timer = setInterval(() => {
      this.now = Date.now();
    }, 1000);
    return () => clearInterval(timer);
  }
}

export const clock = new Clock();
