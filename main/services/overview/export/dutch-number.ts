// A figure in Dutch notation: decimal comma, a dot between thousands (1.234,5).
export function dutchNumber(value: number, decimals: 0 | 1, thousands = true): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = thousands ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction !== undefined ? `,${fraction}` : ''}`;
}
