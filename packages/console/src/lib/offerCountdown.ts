/** Time left on an offer, as the console shows it: "1:42 left"; urgent in the last 15 s; null when there is none. */
export function offerCountdown(expiresAt: string | null, now: number): { seconds: number; text: string; urgent: boolean } | null {
  if (!expiresAt) return null;
  const at = Date.parse(expiresAt);
  if (Number.isNaN(at)) return null;
  // Rounded up: "0:00 left" would show while the offer still stands.
  const seconds = Math.max(0, Math.ceil((at - now) / 1000));
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} left`;
  return { seconds, text, urgent: seconds <= 15 };
}
