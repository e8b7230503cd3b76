/**
 * The configured time zone (`timezone` in .postmortemrc.json or the `postmortem.timezone`
 * setting): whether it names a zone, which zones a mistyped one may have meant, and reading a
 * zone-less timestamp in it. Pure: the zone data is the runtime's `Intl`.
 */
import { readTimestamp, zoneOffsetMinutes, ZONE_ABBREVIATIONS, type Timestamp } from './readers/index';
import { editDistance } from './suggest';

/**
 * True when `zone` names a zone the readers can use: an IANA name the runtime knows
 * (`Asia/Seoul`), an abbreviation of the fixed table (`KST`, `UTC`) or an offset (`+09:00`).
 * An empty setting is "no zone", not an unknown one.
 */
export function isKnownZone(zone: string): boolean {
  return zone.trim() !== '' && zoneOffsetMinutes(zone.trim(), 0) !== null;
}

/** The configured zone when it is a known one, else `undefined` (an unknown zone is no zone). */
export function configuredZone(zone: string): string | undefined {
  return isKnownZone(zone) ? zone.trim() : undefined;
}

let ianaNames: readonly string[] | undefined;

/** Zones a mistyped zone may have meant (`Asia/Seol` → `Asia/Seoul`), best first, at most three. */
export function suggestZones(zone: string): string[] {
  if (ianaNames === undefined) {
    try {
      ianaNames = [...Intl.supportedValuesOf('timeZone'), 'UTC'];
    } catch {
      ianaNames = ['UTC'];
    }
  }
  const z = zone.trim();
  if (z === '' || z.length > 64) return [];
  const candidates = z.includes('/') ? ianaNames : Object.keys(ZONE_ABBREVIATIONS);
  const limit = Math.max(2, Math.floor(z.length / 4));
  return candidates
    .map((c) => ({ c, d: editDistance(z, c) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1))
    .slice(0, 3)
    .map((x) => x.c);
}

/**
 * A timestamp read again in `zone` when it has no zone of its own (and no instant): how the
 * rules and hover compare milestones written without an offset. Unchanged otherwise.
 */
export function inZone(t: Timestamp, zone: string): Timestamp {
  const z = configuredZone(zone);
  if (t.epochMs !== null || !z) return t;
  const again = readTimestamp(t.localIso, { zone: z });
  return again.ok ? again.value : t;
}
