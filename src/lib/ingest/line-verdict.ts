/**
 * Which cleaned lines become articles. Every other non-blank line is rejected
 * with a stable code and a reason the site owner can act on.
 */

export type RejectionCode = 'no-text' | 'not-korean' | 'too-short' | 'too-long' | 'headline-only' | 'not-text-file' | 'invalid-sidecar';

export interface LineVerdictOptions {
  minLength: number;
  maxLength: number;
}

export const defaultVerdictOptions: LineVerdictOptions = { minLength: 40, maxLength: 10_000 };

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

export type LineVerdict = { ok: true } | { ok: false; code: RejectionCode; reason: string };

export function judgeLine(text: string, options: LineVerdictOptions = defaultVerdictOptions): LineVerdict {
  if (!/\p{L}/u.test(text)) return { ok: false, code: 'no-text', reason: '글자가 없습니다 (기호·이모지·숫자뿐)' };
  if (!/\p{Script=Hangul}/u.test(text)) return { ok: false, code: 'not-korean', reason: '한글이 한 글자도 없습니다' };
  // Characters as a reader counts them (code points), without splitting a long line into an array.
  const length = text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
  if (length > options.maxLength) {
    return { ok: false, code: 'too-long', reason: `${length}자: 한 기사로 보기에 너무 깁니다 (최대 ${options.maxLength}자)` };
  }
  if (length < options.minLength) {
    return { ok: false, code: 'too-short', reason: `${length}자: 기사로 보기에 너무 짧습니다 (최소 ${options.minLength}자)` };
  }
  return { ok: true };
}
