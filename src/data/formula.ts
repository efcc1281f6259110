/**
 * The small formula language of the indicator dictionary: numbers, indicator ids, + - * / and brackets
 * (`100 * mediation_settled / mediation_cases`). Parsed by hand so no string is ever evaluated as code.
 */

/** The indicator ids a formula names, in order of first appearance. */
export function formulaReferences(formula: string): string[] {
  return [...new Set(formula.match(/[a-z][a-z0-9_]*/g) ?? [])];
}

/**
 * Evaluates a formula with the given values. Returns undefined when an id has no value, the formula is
 * malformed, or it divides by zero.
 */
export function evaluateFormula(formula: string, values: ReadonlyMap<string, number>): number | undefined {
  const tokens = formula.trim().match(/[a-z][a-z0-9_]*|[0-9]+(?:\.[0-9]+)?|[-+*/()]/g) ?? [];
  if (tokens.join('') !== formula.replace(/\s+/g, '')) return undefined;
  let at = 0;
  const peek = () => tokens[at];
  const expression = (): number | undefined => {
    let left = term();
    while (left !== undefined && (peek() === '+' || peek() === '-')) {
      const op = tokens[at++];
      const right = term();
      left = right === undefined ? undefined : op === '+' ? left + right : left - right;
    }
    return left;
  };
  const term = (): number | undefined => {
    let left = factor();
    while (left !== undefined && (peek() === '*' || peek() === '/')) {
      const op = tokens[at++];
      const right = factor();
      if (right === undefined || (op === '/' && right === 0)) return undefined;
      left = op === '*' ? left * right : left / right;
    }
    return left;
  };
  const factor = (): number | undefined => {
    const token = tokens[at++];
    if (token === undefined) return undefined;
    if (token === '(') {
      const inner = expression();
      return tokens[at++] === ')' ? inner : undefined;
    }
    if (token === '-') {
      const inner = factor();
      return inner === undefined ? undefined : -inner;
    }
    if (/^[0-9]/.test(token)) return Number(token);
    return values.get(token);
  };
  const result = expression();
  return at === tokens.length ? result : undefined;
}
