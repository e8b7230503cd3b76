/**
 * Instants as the sources write them: RFC 3339 / ISO 8601 with a zone (`2024-03-10T06:59:59Z`,
 * `…+09:00`, nanoseconds as Alertmanager writes them), Unix seconds as a string (Slack's `ts`),
 * and milliseconds (Grafana). Strict: a time without a zone is no instant.
 */

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?[ ]?(Z|z|[+-]\d{2}(?::?\d{2})?)$/;

/** Days in a month of a year. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Milliseconds since the epoch of an ISO instant with a zone, or null when it is not one. */
export function parseInstant(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = RFC3339.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 60) return null;
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let offset = 0;
  const z = m[8];
  if (z !== 'Z' && z !== 'z') {
    const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(z)!;
    const h = Number(zm[2]);
    const min = zm[3] === undefined ? 0 : Number(zm[3]);
    if (h > 23 || min > 59) return null;
    offset = (zm[1] === '-' ? -1 : 1) * (h * 60 + min);
  }
  return Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms) - offset * 60000;
}

/** A Unix time in seconds written as text (`1700000000.000100`), in milliseconds, or null. */
export function parseEpochSeconds(text: unknown): number | null {
  if (typeof text !== 'string' && typeof text !== 'number') return null;
  const s = String(text).trim();
  if (!/^\d{1,12}(?:\.\d{1,9})?$/.test(s)) return null;
  const ms = Math.round(Number(s) * 1000);
  return Number.isFinite(ms) ? ms : null;
}

/** A Unix time in milliseconds (a JSON number), or null. */
export function parseEpochMillis(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 8.64e15) return null;
  return Math.floor(value);
}

/** Earliest and latest instants an import accepts: years 1970 to 9999. */
export function plausible(ms: number): boolean {
  return ms >= 0 && ms < 253402300800000;
}
