import { describe, expect, it } from 'vitest';
import { applyCorrection, splitAtHeadline } from '@/lib/ingest/apply-correction';
import { splitArticle } from '@/lib/parse/split-article';

const line = '우주청 재사용 발사체 개발 착수 정부가 재사용 발사체 개발에 1,870억 원을 투입한다. 우주항공청은';

describe('applyCorrection', () => {
  it('re-cuts the line at the headline length an editor gives', () => {
    const parts = splitAtHeadline(line, '우주청 재사용 발사체 개발 착수'.length);
    expect(parts).toMatchObject({ title: '우주청 재사용 발사체 개발 착수', titleDerived: false, deck: [], truncated: true });
    expect(parts.body.startsWith('정부가 재사용')).toBe(true);
  });

  it('falls back to the splitter when the length leaves no body', () => {
    expect(splitAtHeadline(line, 10_000)).toEqual(splitArticle(line));
  });

  it('replaces the title, deck, label and byline an editor sets, and removes them with an empty string', () => {
    const parts = splitArticle(`[단독] ${line}`);
    expect(parts.label).toBe('[단독]');
    const fixed = applyCorrection(`[단독] ${line}`, parts, {
      id: '0123456789ab',
      title: '고친 제목',
      deck: ['부제'],
      label: '',
      byline: '(세종=뉴스온) 김민지 기자 =',
    });
    expect(fixed).toMatchObject({ title: '고친 제목', titleDerived: false, deck: ['부제'], byline: { outlet: '뉴스온', place: '세종', reporter: '김민지 기자' } });
    expect(fixed.label).toBeUndefined();
    expect(fixed.body).toBe(parts.body);
  });
});
