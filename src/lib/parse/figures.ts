/**
 * Key figures in an article: money, percentages, counts and measurements,
 * each with a few words of context so it reads on its own in a fact box.
 * Years, dates and ordinals (`2026년`, `12월 29일`, `1차`) are not figures.
 */
import type { Figure } from '../article-schema';
import { sharedKoreanAnalyzer } from '../korean/analyzer';
import { sentenceSpans } from './sentences';

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Korean magnitude words: 35조 5000억, 1억2천만. */
const MAGNITUDE = '(?:조|억|천만|백만|십만|만|천|백|십)';
/** A number, optionally with Korean magnitudes (`35조 5000억`, `1만5000`, `수백억`). */
const AMOUNT = String.raw`(?:(?:${NUM})\s?${MAGNITUDE}(?:\s?(?:${NUM})\s?${MAGNITUDE})*(?:\s?(?:${NUM}))?|(?:${NUM})|수(?:십|백|천)?${MAGNITUDE})`;
/** Do not start inside a number or right after a Latin letter (`ver1.0`, `B2B`). */
const START = String.raw`(?<![\w.,])`;
/** What may follow a figure: nothing Hangul, or a particle/suffix, then a boundary. */
const SUFFIXES =
  '(?:은|는|이|가|을|를|의|에|에서|에게|으로|로|과|와|도|만|씩|까지|부터|이상|이하|미만|초과|수준|가량|정도|안팎|규모|대|급|짜리|어치|째|대비|당|중|만큼|이나|나|으로의|로의|에도|으로도|로도|씩의|이며|이고|이다|로써|으로써|를|상당|여)';
const END = String.raw`(?=$|[^가-힣]|${SUFFIXES}(?:$|[^가-힣]))`;

const CURRENCY = '(?:원|달러|엔|위안|유로|파운드)';
const COUNTERS =
  '(?:개소|개국|개사|개교|개팀|개|곳|명|대|종|건|회|차례|가지|편|권|척|마리|그루|가구|세대|채|팀|기관|개체)';
/** `5세대 이동통신`, `2세대 칩`: a generation's name, not a count of households. */
const GENERATION = /^\d{1,2}\s?세대$/u;
const MEASURES =
  '(?:킬로와트시|킬로와트|메가와트|기가와트|와트|테라바이트|기가바이트|메가바이트|나노미터|킬로미터|센티미터|밀리미터|미터|킬로그램|그램|톤|리터|헥타르|제곱미터|큐비트|나노|배|도|℃|°C)';
const LATIN_MEASURES = '(?:kWh|MWh|GWh|kW|MW|GW|W|TB|GB|MB|Gbps|Mbps|GHz|MHz|nm|km|cm|mm|m|kg|ha|㎡|㎞|㎏)';

interface Pattern {
  kind: Figure['kind'];
  re: RegExp;
}

const PATTERNS: Pattern[] = [
  {
    kind: 'money',
    re: new RegExp(
      [
        String.raw`${START}(?:US)?\$\s?(?:${NUM})(?:\s?(?:million|billion|trillion|thousand|bn|mn|[MBK])(?![A-Za-z]))?`,
        String.raw`${START}(?:${NUM})\s?(?:million|billion|trillion)?\s?(?:dollars|USD|KRW|EUR)(?![A-Za-z])`,
        String.raw`${START}${AMOUNT}\s?${CURRENCY}${END}`,
        // `2조 투입`: 조/억 amounts are money unless a counter says otherwise.
        String.raw`${START}(?:${NUM})\s?(?:조|억)(?:\s?(?:${NUM})\s?(?:억|천만|백만|만|천))*(?!\s?(?:${NUM}|${COUNTERS}|${CURRENCY}|${MEASURES}|화소|년|개월|시간))${END}`,
      ].join('|'),
      'gu',
    ),
  },
  {
    kind: 'percent',
    re: new RegExp(String.raw`${START}(?:${NUM})\s?(?:%p|%포인트|퍼센트포인트|%|％|퍼센트)(?![A-Za-z])`, 'gu'),
  },
  {
    kind: 'measure',
    re: new RegExp(
      String.raw`${START}(?:${NUM})\s?(?:${MEASURES}(?:\([A-Za-z°℃²]+\))?${END}|${LATIN_MEASURES}(?![A-Za-z0-9]))`,
      'gu',
    ),
  },
  {
    kind: 'count',
    // `32곳`, `1천여 명`, `5개 정예팀`; `3개월` is a duration and `2년` a span of time.
    re: new RegExp(String.raw`${START}${AMOUNT}여?\s?${COUNTERS}(?!월)${END}`, 'gu'),
  },
];

interface Hit extends Figure {
  start: number;
  end: number;
}

const MAX_CONTEXT = 40;
const LEFT_BUDGET = 28;
const SHORT_LEFT = 12;
const MAX_FIGURES = 8;
const BALANCE_REACH = 20;

const OPENERS: Record<string, string> = { '(': ')', '‘': '’', '“': '”', '[': ']', '「': '」' };
const CLOSERS: Record<string, string> = { ')': '(', '’': '‘', '”': '“', ']': '[', '」': '「' };

/**
 * Keeps quotes and brackets in the snippet balanced: extend to a nearby closer,
 * otherwise start after the unmatched mark. Straight quotes pair by count.
 */
function balance(text: string, from: number, to: number, limit: number): [number, number] {
  for (let round = 0; round < 4; round++) {
    const snippet = text.slice(from, to);
    const stack: number[] = [];
    let strayCloser = -1;
    const straight: Record<string, number[]> = { '"': [], "'": [] };
    for (let i = 0; i < snippet.length; i++) {
      const ch = snippet[i] as string;
      if (ch in OPENERS) stack.push(i);
      else if (ch in CLOSERS) {
        const top = stack[stack.length - 1];
        if (top !== undefined && snippet[top] === CLOSERS[ch]) stack.pop();
        else strayCloser = i;
      } else if (ch === '"' || (ch === "'" && !/[A-Za-z]/.test(snippet[i - 1] ?? ''))) {
        straight[ch]?.push(i);
      }
    }
    if (strayCloser >= 0) {
      from += strayCloser + 1;
      continue;
    }
    let open = stack[0];
    for (const list of Object.values(straight)) if (list.length % 2 === 1) open = Math.min(open ?? Infinity, list[list.length - 1] as number);
    if (open === undefined) break;
    const mark = snippet[open] as string;
    const closer = OPENERS[mark] ?? mark;
    const found = text.indexOf(closer, to);
    if (found >= 0 && found < to + BALANCE_REACH && found < limit) {
      to = found + 1;
    } else {
      from += open + 1;
    }
  }
  while (from < to && text[from] === ' ') from++;
  return [from, to];
}

/** A few words around the figure, within its sentence and clause, cut at word boundaries. */
function contextFor(text: string, sentence: { start: number; end: number }, start: number, end: number): string {
  let from = text.lastIndexOf(' ', start - 1) + 1; // keep the figure's own word whole (`약512억`)
  if (from < sentence.start) from = sentence.start;
  // Walk left word by word, stopping at a clause comma or the budget.
  while (from > sentence.start) {
    const wordStart = Math.max(sentence.start, text.lastIndexOf(' ', from - 2) + 1);
    if (/[,，]$/u.test(text.slice(wordStart, from - 1)) || end - wordStart > LEFT_BUDGET) break;
    from = wordStart;
  }
  // To the right: the next word when the figure ends a word (`5개 정예팀`, `51.2% 증액`),
  // and more of the clause when the left side is short.
  let to = end;
  let cursor = end;
  let words = 0;
  const wanted = start - from < SHORT_LEFT ? 4 : text[end] === ' ' ? 1 : 0;
  while (words < wanted && cursor < sentence.end) {
    const wordFrom = text[cursor] === ' ' ? cursor + 1 : cursor;
    const space = text.indexOf(' ', wordFrom);
    const wordEnd = space < 0 || space > sentence.end ? sentence.end : space;
    if (wordEnd - from > MAX_CONTEXT) break;
    to = wordEnd;
    words++;
    if (/[,，.?!]["'”’)]*$/u.test(text.slice(wordFrom, wordEnd))) break;
    cursor = wordEnd;
  }
  [from, to] = balance(text, from, to, sentence.end);
  return text
    .slice(from, to)
    .replace(/[\s,，.·:;]+$/u, '')
    .trim();
}

/**
 * Nouns that say a bare 조/억 amount is money (`2조 투입`, `500억 규모`): news
 * writes the won away after them. After any other noun the amount counts that
 * noun (`2억 문장`, `300만 가입자`).
 */
const MONEY_NOUNS =
  /^(?:투입|투자|지원|편성|확보|조달|유치|달성|돌파|규모|예산|매출|수출|수입|적자|흑자|이익|손실|배정|집행|출연|출자|증액|감액|삭감|감소|증가|부과|과징금|벌금|보조금|기금|펀드|상당|가량|정도|수준|안팎|이상|이하|미만|초과|시대|시장|원)/u;

/** `2억 문장`: a bare amount followed by the noun it counts becomes a count with that noun. */
function withCountedNoun(text: string, hit: Hit): Hit {
  if (hit.kind !== 'money' || /[원$]|달러|엔|위안|유로|파운드|USD|KRW|EUR|dollars|million|billion/u.test(hit.value)) return hit;
  const next = /^ ([가-힣]{1,6})(?=[^가-힣]|$|[은는이가을를의에도만과와로])/u.exec(text.slice(hit.end));
  if (!next) return hit;
  const word = next[1] as string;
  const noun = sharedKoreanAnalyzer().word(word)[0];
  if (!noun || (noun.first !== 'NNG' && noun.first !== 'NNP') || MONEY_NOUNS.test(word)) return hit;
  const nounText = noun.surface;
  const end = hit.end + 1 + nounText.length;
  return { ...hit, kind: 'count', value: `${hit.value} ${nounText}`, end };
}

export function extractFigures(text: string): Figure[] {
  const hits: Hit[] = [];
  for (const { kind, re } of PATTERNS) {
    for (const match of text.matchAll(re)) {
      const value = match[0].trim();
      if (value.length === 0) continue;
      if (kind === 'count' && GENERATION.test(value)) continue;
      const start = match.index ?? 0;
      hits.push(withCountedNoun(text, { kind, value, context: '', start, end: start + match[0].length }));
    }
  }
  // Overlaps: the earliest, then the longest match wins (`35조 5000억 원` over `5000억 원`).
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const chosen: Hit[] = [];
  let reached = -1;
  for (const hit of hits) {
    if (hit.start < reached) continue;
    chosen.push(hit);
    reached = hit.end;
  }
  if (chosen.length === 0) return [];

  const sentences = sentenceSpans(text);
  let s = 0;
  const seen = new Set<string>();
  const unique: Hit[] = [];
  for (const hit of chosen) {
    while (s < sentences.length - 1 && (sentences[s] as { end: number }).end < hit.start) s++;
    const sentence = sentences[s] ?? { start: 0, end: text.length };
    hit.context = contextFor(text, sentence, hit.start, hit.end);
    // The same figure is listed once, where it first appears.
    if (seen.has(hit.value)) continue;
    seen.add(hit.value);
    unique.push(hit);
  }

  // Keep at most MAX_FIGURES, money and percentages first, then in reading order.
  let kept = unique;
  if (unique.length > MAX_FIGURES) {
    const primary = unique.filter((h) => h.kind === 'money' || h.kind === 'percent');
    const rest = unique.filter((h) => h.kind !== 'money' && h.kind !== 'percent');
    kept = [...primary, ...rest].slice(0, MAX_FIGURES).sort((a, b) => a.start - b.start);
  }
  return kept.map(({ value, kind, context }) => ({ value, kind, context }));
}
