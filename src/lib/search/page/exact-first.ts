/**
 * Articles that contain the query as the reader typed it come first.
 *
 * The augmented index keys a word by its stem (`카카오의` is indexed as
 * `카카오`, the particle has no key) and a compound the index does not hold is
 * searched as its pieces, so Pagefind ranks an article that says `카카오의`
 * like every other article that says `카카오`, and one that writes `실증랩`
 * like every one that says `실증`. Among many articles the one with the
 * reader's exact form can then fall off the first screen although it is the
 * closest match. The index cannot tell them apart, the article text can: the
 * first results' fragments (which the first screen loads anyway) are read,
 * and within that window the articles with more of the exact forms move up,
 * the rest keeping Pagefind's order. Where the results of a sharded index's
 * sides were merged by scores that are not on one scale (each shard weighs
 * words by its own page counts and lengths), the window also holds each
 * side's own first results.
 */
import { withoutCommon } from '../common-words';
import { readableContent } from '../excerpt';
import type { QueryPlan } from '../query';
import { charLength, isHangulWord, pagefindWordKey, splitPieces } from '../word-pieces';
import type { PagefindFragment, PagefindResult } from './pagefind-types';

const HANGUL = /\p{Script=Hangul}/u;
/** Marks around a typed word that are not part of it (a closing `%` is). */
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu;

/** A Hangul word or a Latin/number word as Pagefind keys it (`ai`, `5g`): something that can be written joined. */
const isWordOrKey = (word: string) => isHangulWord(word) || (word.length > 0 && word === pagefindWordKey(word));

/** Results whose text is read for exact forms: the first two screens (one more screen of fragments, about 2 KB each). */
export const EXACT_WINDOW = 16;

/**
 * The forms of the query worth finding as typed: a typed piece the plan
 * changed (a particle dropped: `카카오의`, `kt의`; a compound cut:
 * `인공지능신용평가`), a Latin or number word with marks its key drops
 * (`85.3%`, `k-ai`), two neighbouring words written together (`실증 랩` →
 * `실증랩`, `ai 기본법` → `ai기본법`), the words as typed in a row, and the site's common words the searches left out
 * (`ai` of `ai 산불`). Empty when the plan searches exactly what was typed.
 */
export function exactForms(plan: QueryPlan): string[] {
  const words = plan.input.toLowerCase().split(' ').filter(Boolean);
  const terms = new Set(plan.terms);
  const forms = new Set<string>();
  for (const word of words) {
    if (HANGUL.test(word)) {
      for (const piece of splitPieces(word)) if (charLength(piece) >= 2 && !terms.has(piece)) forms.add(piece);
      continue;
    }
    // A Latin or number word is searched by its key without marks (`85.3%` →
    // `853`, which also starts `8,537억`): the text that writes it as typed comes first.
    const form = word.replace(EDGE_MARKS, '');
    if (charLength(form) >= 3 && form !== pagefindWordKey(form)) forms.add(form);
  }
  // Neighbouring words the text may write as one (`실증 랩` → `실증랩`, `ai 기본법` → `ai기본법`).
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if ((isHangulWord(a) || isHangulWord(b)) && isWordOrKey(a) && isWordOrKey(b)) forms.add(a + b);
  }
  // The common words the searches left out (common-words.ts): results that have them come first.
  for (const t of withoutCommon(plan.terms, new Set(plan.common)).dropped) forms.add(t);
  // The words as typed, in a row (`안전성 평가`), when the window is read anyway: a phrase alone
  // does not pay for reading it.
  if (forms.size > 0 && words.length > 1) forms.add(words.join(' '));
  return [...forms];
}

/** One fragment download per result however often it is asked for (the window, then the page shown). */
export function createFragmentCache() {
  const cache = new Map<string, Promise<PagefindFragment>>();
  return (r: PagefindResult): PagefindResult => ({
    ...r,
    data: () => {
      let p = cache.get(r.id);
      if (!p) {
        p = r.data();
        p.catch(() => cache.delete(r.id));
        cache.set(r.id, p);
      }
      return p;
    },
  });
}

/**
 * `found` with its window reordered: more exact forms in the text first (a
 * stable sort, so Pagefind's order stays among equals). The window is the
 * first `window` results and those among the first `window` of their own
 * side (`sideRank`); the other results follow as they are.
 */
export async function exactFirst(found: readonly PagefindResult[], forms: readonly string[], window = EXACT_WINDOW): Promise<PagefindResult[]> {
  if (forms.length === 0 || found.length < 2) return [...found];
  const inWindow = found.map((r, i) => i < window || (r.sideRank !== undefined && r.sideRank < window));
  const head = found.filter((_, i) => inWindow[i]);
  const pages = await Promise.all(
    head.map((r) =>
      r.data().then(
        (f) => ({ text: readableContent(f.content).toLowerCase(), keys: f.content.split(/\s+/u).map(pagefindWordKey) }),
        () => ({ text: '', keys: [] as string[] }),
      ),
    ),
  );
  // A form that is a word as the index keys it is also found the way the index finds it: a word of the page,
  // its token block included (stems, compound parts, synonyms), that starts with it. So the dropped common
  // word `인공지능` counts on a page that writes `AI`, as it would had it been searched.
  const wordForms = new Set(forms.filter((form) => !/\s/u.test(form) && form === pagefindWordKey(form)));
  const has = (page: { text: string; keys: string[] }, form: string) =>
    page.text.includes(form) || (wordForms.has(form) && page.keys.some((key) => key.startsWith(form)));
  const hits = pages.map((page) => forms.filter((form) => has(page, form)).length);
  const order = head.map((r, i) => ({ r, i, hits: hits[i]! })).sort((a, b) => b.hits - a.hits || a.i - b.i);
  return [...order.map((x) => x.r), ...found.filter((_, i) => !inWindow[i])];
}
