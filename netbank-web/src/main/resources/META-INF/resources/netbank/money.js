// Amounts are decimal strings from end to end, as the API sends and takes them: never a JavaScript number, whose binary
// fractions cannot hold 0.1 exactly. What a customer types is checked as text and sent as text.

const AMOUNT = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;
/** Commas only as thousands are grouped ("1,234.50"): "1,50" is no amount, not 150.00. */
const GROUPED = /^[1-9]\d{0,2}(,\d{3})+(\.\d{1,2})?$/;

/** The amount typed, as the API takes it ("12.5" → "12.50"), or null when it is not an amount in yuan and fen. */
export function parseAmount(typed) {
  const trimmed = String(typed).trim();
  const text = GROUPED.test(trimmed) ? trimmed.replace(/,/g, '') : trimmed;
  if (!AMOUNT.test(text)) {
    return null;
  }
  const [yuan, fen = ''] = text.split('.');
  const amount = `${yuan}.${fen.padEnd(2, '0')}`;
  return /^0\.00$/.test(amount) ? null : amount;
}

/** An amount from the API shown with thousands separated: "1234567.80" → "1,234,567.80". */
export function formatAmount(amount) {
  if (amount === null || amount === undefined || amount === '') {
    return '';
  }
  const text = String(amount);
  const negative = text.startsWith('-');
  const [yuan, fen = ''] = (negative ? text.slice(1) : text).split('.');
  const grouped = yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${fen.padEnd(2, '0')}`;
}
