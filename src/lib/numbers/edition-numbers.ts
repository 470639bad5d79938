/**
 * "숫자로 보는 이번 호": an edition's money figures, on one unit, each with the
 * article it comes from (for a bar chart), and its other notable figures
 * (percentages, counts, measures, other currencies) for a compact table.
 */
import type { Article, Figure } from '../article-schema';
import { chooseWonUnit, formatInUnit, parseWon, type WonUnit } from './money';

export interface SourcedFigure {
  figure: Figure;
  articleId: string;
  articleTitle: string;
}

export interface MoneyRow extends SourcedFigure {
  /** Amount in won. */
  won: number;
  /** The amount in the chart's unit, formatted (`1,673`). */
  inUnit: string;
}

export interface EditionNumbers {
  unit: WonUnit;
  /** Largest first, one row per distinct amount (the same sum in two reports of a story counts once). */
  money: MoneyRow[];
  /** Other figures, in article order, one per distinct value. */
  others: SourcedFigure[];
  /** Distinct won amounts found, before the limit. */
  moneyTotal: number;
  othersTotal: number;
}

export function editionNumbers(articles: readonly Article[], limits: { moneyBars: number; otherRows: number }): EditionNumbers {
  const money = new Map<number, Omit<MoneyRow, 'inUnit'>>();
  const others = new Map<string, SourcedFigure>();
  for (const a of articles) {
    for (const figure of a.figures) {
      const sourced = { figure, articleId: a.id, articleTitle: a.title };
      const won = figure.kind === 'money' ? parseWon(figure.value) : undefined;
      if (won !== undefined) {
        if (!money.has(won)) money.set(won, { ...sourced, won });
      } else if (!others.has(figure.value)) {
        others.set(figure.value, sourced);
      }
    }
  }
  const sorted = [...money.values()].sort((a, b) => b.won - a.won).slice(0, limits.moneyBars);
  const unit = chooseWonUnit(sorted.map((r) => r.won));
  return {
    unit,
    money: sorted.map((r) => ({ ...r, inUnit: formatInUnit(r.won, unit) })),
    others: [...others.values()].slice(0, limits.otherRows),
    moneyTotal: money.size,
    othersTotal: others.size,
  };
}
