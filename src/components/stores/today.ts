/** Today's date in the reader's time zone, YYYY-MM-DD (the default issue date of a new plan). */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
