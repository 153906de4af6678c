import { formatNumber } from '@/lib/i18n';

/** "+1,3", "−0,5", "±0", "–" for missing: change with its sign, at most one decimal. */
export function formatSigned(value: number | null | undefined): string {
  if (value == null) return '–';
  const rounded = Math.round(value * 10) / 10;
  const text = formatNumber(Math.abs(rounded), { maximumFractionDigits: 1 });
  if (rounded > 0) return `+${text}`;
  if (rounded < 0) return `\u2212${text}`;
  return '\u00b10';
}
