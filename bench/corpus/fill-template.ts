/** Headlines, subheads, quotes and facts from the invented templates, slots filled per article. */
import type { ArticleContext } from './article-context';
import { GIVEN, NAME_ENDINGS, NAME_SYLLABLES, PRODUCT_LETTERS, REGIONS, SURNAMES, TITLES } from './invented-phrases';
import { fitParticle } from './korean';
import type { PhraseBank } from './phrase-bank';
import type { Rng } from './prng';

/** A made-up company name the article may use (drawn again while `avoidPhrase` rules it out; a few tries). */
export function freshCompanyName(ctx: ArticleContext): string {
  let name = companyName(ctx.rng);
  for (let tries = 0; tries < 20 && ctx.phrases.avoid(name); tries++) name = companyName(ctx.rng);
  return name;
}

export function companyName(rng: Rng): string {
  const syllables = rng.int(1, 3);
  let name = '';
  for (let i = 0; i < syllables; i++) name += rng.pick(NAME_SYLLABLES);
  return name + rng.pick(NAME_ENDINGS);
}

function productName(rng: Rng): string {
  let name = '';
  for (let i = rng.int(3, 6); i > 0; i--) name += PRODUCT_LETTERS[rng.int(0, PRODUCT_LETTERS.length - 1)];
  const shape = rng.int(0, 3);
  if (shape === 0) return `${name}-ver${rng.int(1, 4)}.${rng.int(0, 9)}`;
  if (shape === 1) return `${name[0]}${name.slice(1).toLowerCase()} ${rng.int(1, 9)}`;
  if (shape === 2) return `${name[0]}${name.slice(1).toLowerCase()}`;
  return name;
}

export function fillTemplate(template: string, ctx: ArticleContext, bank: PhraseBank): string {
  const { rng } = ctx;
  const slot = (name: string): string => {
    const known = ctx.slots.get(name);
    if (known !== undefined) return known;
    let value: string;
    switch (name) {
      case 'kw':
        value = rng.pick(ctx.topicKeywords);
        break;
      case 'kw2':
        value = rng.chance(0.6) ? rng.pick(ctx.topicKeywords) : rng.pick(rng.pick(bank.topics).keywords);
        break;
      case 'org':
      case 'org2': {
        const named = [...ctx.orgs.values()];
        const own = name === 'org' ? named[0] : named[1];
        value = own ?? (rng.chance(0.5) ? '과기정통부' : rng.pick(bank.organizations).name);
        break;
      }
      case 'region':
      case 'region2':
        value = rng.pick(REGIONS);
        break;
      case 'company':
        value = freshCompanyName(ctx);
        break;
      case 'product':
        value = productName(rng);
        break;
      case 'quote':
      case 'quote2':
        value = fillTemplate(rng.pick(ctx.phrases.quotes), ctx, bank);
        break;
      case 'person':
      case 'person2':
        value = rng.pick(SURNAMES) + rng.pick(GIVEN) + rng.pick(GIVEN);
        break;
      case 'title':
      case 'title2':
        value = rng.pick(TITLES);
        break;
      case 'company2':
        value = freshCompanyName(ctx);
        break;
      case 'univ':
        value = rng.chance(0.7) ? `${rng.pick(REGIONS)}대학교` : `${rng.pick(REGIONS)}과학기술원`;
        break;
      case 'month':
        value = String(rng.int(1, 12));
        break;
      case 'day':
        value = String(rng.int(1, 28));
        break;
      case 'phone':
        value = `0${rng.int(2, 64)}-${rng.int(200, 999)}-${String(rng.int(0, 9999)).padStart(4, '0')}`;
        break;
      case 'small':
        value = String(rng.int(1, 9));
        break;
      case 'n':
        value = String(rng.int(2, 120));
        break;
      case 'money':
        value = `${rng.int(12, 9800)}억 원`;
        break;
      case 'pct':
        value = `${rng.int(3, 95)}%`;
        break;
      case 'year':
        value = String(rng.int(2025, 2030));
        break;
      default:
        throw new Error(`unknown template slot {${name}}`);
    }
    ctx.slots.set(name, value);
    return value;
  };
  return template.replace(/\{(\w+)(?:\|([^}]+))?\}/gu, (_, name: string, particle: string | undefined) =>
    particle ? fitParticle(slot(name), particle) : slot(name),
  );
}

export function headline(ctx: ArticleContext, bank: PhraseBank): string {
  let h = fillTemplate(ctx.rng.pick(ctx.phrases.headlines), ctx, bank);
  if (ctx.rng.chance(0.22)) {
    const decks = ctx.rng.int(1, 2);
    for (let i = 0; i < decks; i++) h += ` ${fillTemplate(ctx.rng.pick(ctx.phrases.decks), ctx, bank)}`;
  }
  return h;
}
