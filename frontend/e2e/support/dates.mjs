// Calendar days as the product counts them: in Sweden, whatever zone the test machine or browser is set to.

const SWEDISH_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Swedish day `offsetDays` from today as `YYYY-MM-DD` (the form the UI and the API write dates in). */
export function swedishDay(offsetDays = 0) {
  const [y, m, d] = SWEDISH_DAY.format(new Date()).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + offsetDays)).toISOString().slice(0, 10);
}
