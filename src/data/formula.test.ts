import { describe, it, expect } from 'vitest';
import { evaluateFormula, formulaReferences } from './formula';

const values = new Map([
  ['a', 3],
  ['b', 4],
  ['zero', 0],
  ['mediation_settled', 1633],
  ['mediation_cases', 1653],
]);

describe('evaluateFormula', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['2 * 3 + 1', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['100 / 10 / 2', 5],
    ['((a))', 3],
    ['a + b * 2', 11],
    ['(a + b) * 2', 14],
    ['100 * a / b', 75],
    ['-a + b', 1],
    ['2 * -a', -6],
    ['1.5 * 2', 3],
    ['  100*a/b  ', 75],
    ['a - zero', 3],
  ])('evaluates %s to %d', (formula, expected) => {
    expect(evaluateFormula(formula, values)).toBe(expected);
  });

  it('recomputes a rate from indicator ids', () => {
    expect(evaluateFormula('100 * mediation_settled / mediation_cases', values)).toBeCloseTo(98.790078, 5);
  });

  it.each(['a + missing', 'missing', '100 * missing / b'])(
    'returns undefined when an id in %s has no value',
    (formula) => {
      expect(evaluateFormula(formula, values)).toBeUndefined();
    },
  );

  it.each(['a / zero', 'a / (b - b)', '1 / 0'])('returns undefined for %s, which divides by zero', (formula) => {
    expect(evaluateFormula(formula, values)).toBeUndefined();
  });

  it.each(['', '1 +', '* 2', '(1 + 2', '1 + 2)', '1 2', 'a b', '1 $ 2', 'A + 1', '1..2', '()'])(
    'returns undefined for the malformed formula %j',
    (formula) => {
      expect(evaluateFormula(formula, values)).toBeUndefined();
    },
  );
});

describe('formulaReferences', () => {
  it('lists the ids a formula names, once each, in order of first appearance', () => {
    expect(formulaReferences('100 * mediation_settled / mediation_cases')).toEqual([
      'mediation_settled',
      'mediation_cases',
    ]);
    expect(formulaReferences('b / (a + b) - a')).toEqual(['b', 'a']);
  });

  it('lists no id for a formula of numbers only or an empty formula', () => {
    expect(formulaReferences('100 * (1 + 2)')).toEqual([]);
    expect(formulaReferences('')).toEqual([]);
  });
});
