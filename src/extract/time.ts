/**
 * actorgraph/extract/time — the time of a sentence's event: a date wink-nlp found, made ISO
 * (yyyy-mm-dd or yyyy-mm) when it names day, month and year; else the expression as written.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function normalizeDate(expr: string): string {
  const s = expr.toLowerCase().replace(/,/g, ' ');
  let m = s.match(/\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})\b/);
  let d: number | undefined, mo: number | undefined, y: number | undefined;
  if (m) { d = +m[1]; mo = MONTHS.indexOf(m[2]); y = +m[3]; }
  else if ((m = s.match(/\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})\b/))) { mo = MONTHS.indexOf(m[1]); d = +m[2]; y = +m[3]; }
  else if ((m = s.match(/\b(\d{4})-(\d{2})-(\d{2})\b/))) return m[0];
  else if ((m = s.match(/\b([a-z]{3})[a-z]*\s+(\d{4})\b/)) && MONTHS.includes(m[1])) return `${m[2]}-${String(MONTHS.indexOf(m[1]) + 1).padStart(2, '0')}`;
  if (mo === undefined || mo < 0 || y === undefined || d === undefined || d < 1 || d > 31) return expr.trim();
  if (y < 100) y += y > 30 ? 1900 : 2000;
  return `${y}-${String(mo + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
