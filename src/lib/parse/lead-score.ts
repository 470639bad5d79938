/**
 * The body side of a headline/body boundary: how much the text after it
 * opens like a news lead. The classic lead is a subject noun phrase with
 * 은/는/이/가, often followed by a date; a time, a transition, an
 * organisation's genitive or a verbless scene also open leads, more weakly.
 */
import { FAMILY_NAMES, TIME_AFTER_SUBJECT } from './lexicon';
import { detectParticle, isBare, looksLikePersonalName, type WordShape } from './morph';
import type { Unit } from './word-units';

/** Words allowed before the subject in a lead's noun phrase, or in one member of a list (`배경훈 부총리 겸 과기정통부 장관이`). */
const MAX_SUBJECT_MODIFIERS = 5;
/**
 * Words a lead may run before its subject when a relative clause precedes the
 * subject's noun phrase (`항만 배후단지에 연간 3만 톤의 폐어구를 모아 재활용하는 처리 시설이`).
 */
const MAX_CLAUSE_WORDS = 14;
/** What a relative clause before the subject costs: the subject is further from the cut. */
const CLAUSE_COST = 1;
/** A lead opening on a place and then the date (`엑스코에서 5일 …`), as `과기정통부는 5일 …` does on its subject. */
const PLACE_AND_DATE = 1;
/** A verbless opening sentence (`… 고구마 밭.`) is at most this many words, and counts this much. */
const MAX_NOMINAL_WORDS = 8;
const NOMINAL_LEAD = 2;

function shapeAt(units: readonly Unit[], i: number): WordShape | undefined {
  return units[i]?.shape;
}

/** Words that may precede the subject inside its noun phrase: names, modifiers, `A와 B는`, dates. */
function isSubjectModifier(w: WordShape): boolean {
  if (w.text === '=' || /(?:기자|특파원)[\])）】]?$/u.test(w.text)) return false; // a byline, not part of the lead
  if (isBare(w)) return true;
  if (w.particle === 'conjunctive') return true;
  return w.comma && w.text.length <= 12 && w.particle === null && !w.connective;
}

/** Words inside a relative clause before a subject: arguments with their particles, and the adnominal verb. */
function isClauseWord(w: WordShape): boolean {
  if (w.comma || w.finite || w.quotative || w.ellipsis || w.connective) return false;
  return w.adnominal || (w.particle !== null && w.particle !== 'topic' && w.particle !== 'subject');
}

interface Lead {
  score: number;
  /** Index of the subject word, or -1 when the lead has none. */
  subject: number;
  /** True when a relative clause (ending in a modifier form) stands between the cut and the subject's noun phrase. */
  relative?: boolean;
}

/** How much the text starting at unit `b` reads like the opening of a news lead. */
export function leadScore(units: readonly Unit[], b: number): Lead {
  const first = shapeAt(units, b);
  if (!first) return { score: 0, subject: -1 };
  // Past the plain noun phrase, a relative clause may precede the subject
  // (`물 위를 나는 배로 불리는 위그선(WIG)이`): a weaker but real lead. Only the words of the
  // subject's own noun phrase, after the clause's modifier form, count as its modifiers.
  let clause = false;
  let relative = false;
  let phraseStart = b;
  // Each member of a list (`우체국과 한국항공우주연구원, 드론 제조사 두 곳 등 …`) is a noun phrase of its own.
  let memberStart = b;
  let inner: Lead | undefined;
  for (let s = b; s < units.length && s - memberStart <= MAX_SUBJECT_MODIFIERS && s - b <= MAX_CLAUSE_WORDS; s++) {
    const w = units[s]?.shape as WordShape;
    if (w.terminal) break; // `…결과는?` ends a sentence; it cannot open the body
    if (/[^.]\.$/u.test(w.text)) break; // the lead's subject is in its first sentence
    if (/(?:…|\.{2,})\S/u.test(w.text)) break; // `승인…요금`: two headline halves, not prose
    if (w.particle === 'topic' || w.particle === 'subject') {
      let score = w.particle === 'topic' ? 3 : 2;
      if (w.organization || w.personTitle) score += 1;
      const next = shapeAt(units, s + 1);
      if (next && TIME_AFTER_SUBJECT.test(next.text)) score += 1.5;
      // `연구진이 (함께) 개발한 …`: a subject inside a relative clause is not the lead's subject.
      let verb = s + 1;
      while (shapeAt(units, verb)?.adverb) verb++;
      const inClause = shapeAt(units, verb)?.adnominal === true;
      if (inClause) score -= 2.5;
      const modifiers = s - phraseStart;
      score -= 0.3 * modifiers;
      if (clause) score -= CLAUSE_COST;
      if (w.personTitle && modifiers >= 1 && looksLikePersonalName((units[phraseStart] as Unit).shape.text, FAMILY_NAMES)) score += 1;
      if (first.leadOpener) score += 0.5;
      // `엑스코에서 5일 개막한 …`: the place and then the date open a lead as the subject and date do.
      if (first.particle === 'locative' && TIME_AFTER_SUBJECT.test(shapeAt(units, b + 1)?.text ?? '')) score += PLACE_AND_DATE;
      // `… 3사와 한국전자통신연구원이 참여한 6G 시험망이`: a subject inside a relative clause; the
      // lead's own subject may follow the clause's head noun, so look on and keep the better reading.
      if (inClause && !inner) {
        inner = { score, subject: s, relative };
        clause = true;
        continue;
      }
      return inner && inner.score > score ? inner : { score, subject: s, relative };
    }
    if (isSubjectModifier(w)) {
      if (!isBare(w)) memberStart = s + 1;
      continue;
    }
    // `폐어구를 모아 재활용하는`: a verb chained to the clause's own verb stays in the clause.
    const chained = w.connective && shapeAt(units, s + 1)?.adnominal === true;
    if (!isClauseWord(w) && !chained) break;
    clause = true;
    memberStart = s + 1;
    if (w.adnominal) {
      relative = true;
      phraseStart = s + 1;
    }
  }
  if (inner) return inner;
  // `지난 3일 …`, `한편 …`, `SK텔레콤의 …`: a time, a transition or an organisation's genitive also opens leads.
  const opener = first.leadOpener || (first.particle === 'genitive' && first.organization);
  if (opener) return { score: 1.5, subject: -1 };
  return { score: opensWithNominalSentence(units, b) ? NOMINAL_LEAD : 0, subject: -1 };
}

/**
 * Features often open on a scene in a verbless sentence (`전남 해남군 화산면의
 * 한 고구마 밭.`): a few words whose last is a noun closed by a full stop.
 */
function opensWithNominalSentence(units: readonly Unit[], b: number): boolean {
  for (let k = b; k < units.length && k < b + MAX_NOMINAL_WORDS; k++) {
    const w = (units[k] as Unit).shape;
    if (w.finite || w.connective || w.quotative || w.terminal || w.adnominal) return false;
    if (/[^.]\.$/u.test(w.text)) return k > b && w.particle === null && !w.prose;
  }
  return false;
}

/** Words of the headline's opening noun phrase a lead may restate (`양자 암호 통신망`). */
const MAX_RESTATED_WORDS = 4;

/** A restated subject's lead: the unit where its clause starts, and the subject's unit. */
export interface RestatedLead {
  start: number;
  subject: number;
}

/** A bare word that reads as a noun: no particle or ending, and not an adverb. */
function nounLike(w: WordShape): boolean {
  return isBare(w) && !w.adverb && !w.prose;
}

/**
 * Leads that restate the headline's subject: the headline opens on a noun
 * phrase (`양자 암호 통신망, …`) and the lead repeats it with a subject or
 * topic particle (`양자 암호 통신망은`) after a relative clause that
 * modifies it (`도청 시도를 곧바로 알아채고 스스로 끊는 양자 암호 통신망은`). The lead then
 * starts where that clause starts, which a forward reading cannot tell from
 * the deck before it. The particle is read off the headline's own word, so a
 * head noun the dictionary misreads (`해양조사선이` as one noun) still counts.
 */
export function restatedLeads(line: string, units: readonly Unit[], z0: number, regionEnd: number): RestatedLead[] {
  const t0 = units[z0]?.shape.bracketTag ? z0 + 1 : z0;
  // Words are compared as written, so the scan reads no word's analysis until a restatement is found.
  const text = (i: number) => line.slice((units[i] as Unit).start, (units[i] as Unit).end);
  const leads: RestatedLead[] = [];
  for (let s = t0 + 3; s < units.length && (units[s] as Unit).start < regionEnd; s++) {
    const word = text(s);
    const hangul = /[가-힣]+$/u.exec(word)?.[0];
    if (hangul === undefined) continue;
    const particle = detectParticle(hangul, word.slice(0, word.length - hangul.length));
    if (!particle || (particle.kind !== 'subject' && particle.kind !== 'topic')) continue;
    for (let k = 1; k < MAX_RESTATED_WORDS && t0 + k < s - k; k++) {
      if (text(t0 + k).replace(/[,，、…]+$/u, '') !== particle.stem) continue;
      let same = true;
      for (let i = 0; i < k && same; i++) same = text(t0 + i) === text(s - k + i);
      if (!same) continue;
      const start = clauseStart(units, s - k, t0 + k + 1);
      if (start !== null) leads.push({ start, subject: s });
      break;
    }
  }
  return leads;
}

/**
 * Where the relative clause that ends right before unit `np` starts, walking
 * back no further than `floor`; null when the word before `np` is not a
 * modifier. Arguments with particles, adverbs, verb forms and modifiers
 * belong to the clause; a bare noun does only as the argument of the word
 * after it, not as part of a run of nouns (`구축비 450억 원 | 도청 시도를`).
 */
function clauseStart(units: readonly Unit[], np: number, floor: number): number | null {
  if (!units[np - 1]?.shape.adnominal) return null;
  let start = np;
  for (let j = np - 1; j >= floor; j--) {
    const w = (units[j] as Unit).shape;
    if (w.comma || w.ellipsis || w.finite || w.quotative || w.terminal || /(?:…|\.{2,})\S/u.test(w.text)) break;
    if (w.particle === 'topic' || w.particle === 'subject') break;
    if (isBare(w) ? nounLike(w) && nounLike((units[j + 1] as Unit).shape) : !(w.adnominal || w.connective || w.particle !== null)) break;
    start = j;
  }
  return start;
}
