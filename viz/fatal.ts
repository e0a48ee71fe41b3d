/**
 * viz/fatal — a readable error box instead of a blank page (WebGL missing, bad data, API down).
 */
export function showFatal(e: unknown): void {
  const box = document.getElementById('fatal');
  const msg = e instanceof Error ? e.message : String(e);
  if (box) {
    box.hidden = false;
    box.textContent = `actorgraph: ${msg}`;
  }
  console.error(e);
}
