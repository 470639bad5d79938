/** Site-wide names and limits shared by every page. */

export const SITE_NAME = '과학·ICT 뉴스 다이제스트';
export const SITE_DESCRIPTION =
  '과학기술정보통신부와 ICT 업계 소식을 호마다 모아 주제·기관별로 정리한 뉴스 다이제스트입니다.';

/** Story items (same-story groups count once) shown on the home page. */
export const HOME_ITEM_LIMIT = 24;
/** Older editions linked from the home page. */
export const HOME_EDITION_LIMIT = 8;
/** Articles per page on topic and organisation pages. */
export const LIST_PAGE_SIZE = 20;
/** Articles per page on an edition page. */
export const EDITION_PAGE_SIZE = 40;
/** Related articles listed under an article. */
export const RELATED_LIMIT = 5;
/** Items in the RSS feed. */
export const RSS_LIMIT = 50;
/** Key figures shown on a card. */
export const CARD_FIGURE_LIMIT = 3;
/** Characters of a summary shown on a card (keeps list pages within budget). */
export const CARD_SUMMARY_CHARS = 180;
/** Characters of a title shown on a card or in a link list (the article page shows it whole). */
export const CARD_TITLE_CHARS = 120;
/** Other reports of the same story listed on a card / on the article page. */
export const SAME_STORY_CARD_LIMIT = 4;
export const SAME_STORY_PAGE_LIMIT = 10;
/** Key figures in the article page's box. */
export const ARTICLE_FIGURE_LIMIT = 12;
