/**
 * Today in the computer's zone, `YYYY-MM-DD`: the date `action-item-overdue` and the report count
 * overdue items from. The core takes it as an input (`LintOptions.today`) and never reads the clock.
 */
export function localDay(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
