// Numbers as the lists write them: US 1,000.5 and 0.5, EU 1 000,5 and 0,5 (and '.' decimals, which the EU text also
// has), the flattened superscripts of both sources ("5 × 10 3", "5 × 103" both mean 5 × 10^3), and the guess of a
// text's style from its other numbers.
const THOUSANDS_SPACE = '[ \\u00a0\\u2009\\u202f]';
export const NUM_US = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+';
export const NUM_EU = `\\d{1,3}(?:${THOUSANDS_SPACE}\\d{3})+(?!\\d)(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?`;
// "5 × 10 3", "5 x 10^3", "5 × 103" (EU: digits straight after 10 are the exponent), "10 −4".
export const EXPONENT = `(?:\\s*[×xX]\\s*10\\s?(?:\\^\\s*)?((?:[-−–]\\^?)?\\s?\\d{1,2})(?!\\d))?`;

export function parseNumber(raw: string, decimalComma: boolean): number {
  let s = raw.replace(/[ \u00a0\u2009\u202f]/g, '');
  s = decimalComma ? s.replace(',', '.') : s.replace(/,/g, '');
  return Number(s);
}

/** True when the text writes decimals with a comma (EU): "0,5", "31,8", "10 000". */
export function usesDecimalComma(text: string): boolean {
  const eu =
    count(text, /(?<![\d,])\d+,\d{1,2}(?![\d,\-])/g) +
    count(text, /(?<![\d,])0,\d+/g) +
    count(text, /(?<![\d.,])\d{1,3}[ \u00a0\u2009\u202f]\d{3}(?![\d,.])/g);
  const us = count(text, /(?<![\d,])[1-9]\d{0,2},\d{3}(?![\d,])/g) + count(text, /\d\.\d/g);
  return eu > us;
}
function count(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** A value kept to 12 significant digits, so conversions and exponents do not leave float noise. */
export function round(value: number): number {
  return Number(value.toPrecision(12));
}
