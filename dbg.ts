import fs from 'node:fs';
import { splitArticle } from './src/lib/parse/split-article';
const show = process.argv.includes('-v');
const lines = fs.readFileSync('tests/fixtures/labelled/101_e3a94c07b51d28f6.txt','utf8').split('\n');
const gold = JSON.parse(fs.readFileSync('tests/fixtures/labelled/101_e3a94c07b51d28f6.gold.json','utf8')).gold;
const acc: Record<string, number> = { head: 0, deck: 0, byline: 0, intro: 0, body: 0 };
for (const g of gold) {
  const p: any = splitArticle(lines[g.line-1]);
  const head = p.titleDerived ? null : [p.label, p.title].filter(Boolean).join(' ');
  const deck = p.deck.length ? p.deck.join(' ') : undefined;
  const body = p.body.slice(0, 15);
  const r = { head: head === g.headline, deck: deck === g.deck, byline: p.byline?.text === g.byline, intro: p.preface === g.seriesIntro, body: body === g.bodyStartsWith };
  for (const k of Object.keys(r)) if ((r as any)[k]) acc[k]++;
  if (Object.values(r).some(v => !v)) console.log(g.line, Object.entries(r).filter(([,v])=>!v).map(([k])=>k).join(','), show ? JSON.stringify({head, deck, by: p.byline?.text, pre: p.preface?.slice(0,30), body, want: [g.headline, g.deck, g.byline, g.bodyStartsWith]}) : '');
}
console.log('labelled', JSON.stringify(acc), 'of', gold.length);
const extra = JSON.parse(fs.readFileSync('tests/fixtures/parse/extra-lines.json','utf8'));
let ok = 0;
for (const f of extra) {
  const p: any = splitArticle(f.line);
  const title = p.titleDerived ? null : [p.label, p.title].filter(Boolean).join(' ');
  const good = (f.titleDerived ? p.titleDerived : title === f.title) && p.body.startsWith(f.bodyStart ?? "") && JSON.stringify(p.deck) === JSON.stringify(f.deck ?? []);
  if (good) ok++; else console.log('extra', f.shape, show ? JSON.stringify({title, deck: p.deck, body: p.body.slice(0,20), want: [f.title, f.deck, f.bodyStart]}) : '');
}
console.log('extra', ok, 'of', extra.length);
