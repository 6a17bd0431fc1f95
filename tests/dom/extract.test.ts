// @vitest-environment happy-dom
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText, findArticle } from '../../lib/dom/extract.ts';
import { cleanDocTitle } from '../../lib/dom/extract/title.ts';

const FIXTURES = join(__dirname, '../fixtures/extract');
const SEED = join(__dirname, '../../../shared/seeds/000_81e4a3c04cf087c1.txt');

interface Expected {
  article: boolean;
  title?: string;
  titleTag?: string;
  contains?: string[];
  excludes?: string[];
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('findArticle on fixture pages', () => {
  for (const name of readdirSync(FIXTURES)) {
    const dir = join(FIXTURES, name);
    if (!existsSync(join(dir, 'source.html'))) continue;
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    it(`${name}: ${expected.article ? 'finds the article' : 'finds no article'}`, () => {
      const doc = parse(readFileSync(join(dir, 'source.html'), 'utf8'));
      const info = findArticle(doc);
      if (!expected.article) {
        expect(info).toBeNull();
        return;
      }
      expect(info).not.toBeNull();
      if (!info) return;
      const text = articleText(info);
      for (const s of expected.contains ?? []) {
        expect(text).toContain(s);
        // The root holds the paragraph itself, not just its text somewhere else.
        expect(info.root.textContent?.replace(/\s+/g, ' ')).toContain(s);
      }
      for (const s of expected.excludes ?? []) expect(text).not.toContain(s);
      if (expected.title) expect(info.title).toBe(expected.title);
      if (expected.titleTag) expect(info.titleElement?.localName).toBe(expected.titleTag);
    });
  }
});

describe('findArticle leaves the page alone', () => {
  it('does not move, clone or edit any node', () => {
    const doc = parse(readFileSync(join(FIXTURES, 'news-article/source.html'), 'utf8'));
    const before = doc.documentElement.outerHTML;
    const firstP = doc.querySelector('.story-body p');
    const info = findArticle(doc);
    expect(info).not.toBeNull();
    if (info) articleText(info);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelector('.story-body p')).toBe(firstP);
    expect(info?.root.ownerDocument).toBe(doc);
    expect(info?.root.contains(firstP)).toBe(true);
  });

  it('returns only excluded subtrees that lie inside the root', () => {
    const doc = parse(readFileSync(join(FIXTURES, 'news-article/source.html'), 'utf8'));
    const info = findArticle(doc);
    expect(info?.excluded.length).toBeGreaterThan(0);
    for (const el of info?.excluded ?? []) expect(info?.root.contains(el) && el !== info?.root).toBe(true);
  });
});

describe('title detection', () => {
  const body = Array.from({ length: 5 }, (_, i) =>
    `<p>Paragraph ${i} of the story goes on for a while, with enough words and commas, to look like article text to the detector.</p>`,
  ).join('');

  it('prefers the h1 that matches og:title', () => {
    const doc = parse(`<html><head><title>Site | Rail strike ends after talks</title>
      <meta property="og:title" content="Rail strike ends after talks"></head>
      <body><h1>The Daily Example</h1><div><h1>Rail strike ends after talks</h1><div class="body">${body}</div></div></body></html>`);
    const info = findArticle(doc);
    expect(info?.title).toBe('Rail strike ends after talks');
    expect(info?.titleElement?.textContent).toBe('Rail strike ends after talks');
  });

  it('falls back to og:title when no heading matches', () => {
    const doc = parse(`<html><head><title>Whatever</title><meta property="og:title" content="Bridge reopens to traffic">
      </head><body><h1>Local news</h1><div>${body}</div></body></html>`);
    const info = findArticle(doc);
    expect(info?.title).toBe('Bridge reopens to traffic');
    expect(info?.titleElement).toBeNull();
  });

  it('cleans the site name off <title> when nothing else is there', () => {
    const doc = parse(`<html><head><title>Museum buys a lost painting back - The Example Post</title></head>
      <body><div>${body}</div></body></html>`);
    expect(findArticle(doc)?.title).toBe('Museum buys a lost painting back');
  });
});

describe('articleText', () => {
  it('separates blocks by newlines, collapses spaces and drops hidden and non-text elements', () => {
    const doc = parse(`<html><body><div id="a">
      <p>First   line
        of text.</p><p>Second <b>bold</b> line.</p>
      <p hidden>secret one</p><p aria-hidden="true">secret two</p><p style="color: red; display: none">secret three</p>
      <script>secret four</script><style>.x{}</style><button>secret five</button><textarea>secret six</textarea>
      <ul><li>Item one</li><li>Item two</li></ul>
      <div class="x">Tail <span>inline</span> text</div></div></body></html>`);
    const root = doc.getElementById('a');
    expect(root).not.toBeNull();
    if (!root) return;
    const text = articleText({ title: '', titleElement: null, root, excluded: [] });
    expect(text).toBe('First line of text.\nSecond bold line.\nItem one\nItem two\nTail inline text');
  });

  it('leaves out excluded subtrees', () => {
    const doc = parse('<html><body><div id="a"><p>Keep me.</p><div id="n"><p>Drop me.</p></div><p>Keep too.</p></div></body></html>');
    const root = doc.getElementById('a');
    const noise = doc.getElementById('n');
    if (!root || !noise) throw new Error('fixture');
    expect(articleText({ title: '', titleElement: null, root, excluded: [noise] })).toBe('Keep me.\nKeep too.');
  });
});

describe.runIf(existsSync(SEED))('seed article wrapped in page furniture', () => {
  it('extracts every paragraph of the seed text', () => {
    const paragraphs = readFileSync(SEED, 'utf8').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const body = paragraphs.map((p) => (p.length < 40 && !/[.!?”"]$/.test(p) ? `<h2>${esc(p)}</h2>` : `<p>${esc(p)}</p>`)).join('\n');
    const teaser = (t: string): string =>
      `<li><h3><a href="#">${t}</a></h3><p>A short summary of another story that sits in the list of links beside the article text.</p></li>`;
    const html = `<html><head><title>Zelenskyy in Paris | World News</title></head><body>
      <nav><a href="#">World</a> <a href="#">Europe</a> <a href="#">Business</a> <a href="#">Culture</a></nav>
      <div class="page"><div class="main"><h1>Zelenskyy urges partners to stand firm</h1>
      <div class="social-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
      <div class="article-text">${body}</div>
      <div class="newsletter">Subscribe to our daily newsletter for the latest headlines from Europe and beyond.</div></div>
      <aside><ul>${teaser('Markets close higher')}${teaser('Storm warning for the coast')}${teaser('New museum opens')}</ul></aside></div>
      <div id="comments"><p>Reader comment: I do not agree with any of this and I think the whole summit is a waste of time and money.</p></div>
      <footer><p>© World News. All rights reserved.</p></footer></body></html>`;
    const info = findArticle(parse(html));
    expect(info).not.toBeNull();
    if (!info) return;
    const text = articleText(info);
    for (const p of paragraphs) expect(text).toContain(p);
    expect(text).not.toContain('Reader comment');
    expect(text).not.toContain('Subscribe to our daily newsletter');
    expect(text).not.toContain('Markets close higher');
    expect(info.title).toBe('Zelenskyy urges partners to stand firm');
  });
});

describe('visibility callback', () => {
  it('drops elements the caller reports as hidden (e.g. hidden by a stylesheet)', () => {
    const doc = parse(readFileSync(join(FIXTURES, 'news-article/source.html'), 'utf8'));
    const isHidden = (el: Element): boolean => el.textContent?.startsWith('Not everyone is pleased') === true && el.localName === 'p';
    const plain = findArticle(doc);
    const info = findArticle(doc, { isHidden });
    expect(plain && articleText(plain)).toContain('Not everyone is pleased');
    expect(info).not.toBeNull();
    if (!info) return;
    const text = articleText(info, { isHidden });
    expect(text).not.toContain('Not everyone is pleased');
    expect(text).toContain('Construction is expected to begin in September');
  });
});

describe('pages without an article', () => {
  it('returns null for an empty page and for a page of short labels', () => {
    expect(findArticle(parse('<html><head></head><body></body></html>'))).toBeNull();
    const labels = Array.from({ length: 40 }, (_, i) => `<div>Label ${i}</div>`).join('');
    expect(findArticle(parse(`<html><body>${labels}</body></html>`))).toBeNull();
  });

  it('does not take a comment thread for the article', () => {
    const comment = (i: number): string =>
      `<div class="c-item"><p>Comment ${i}: I have lived by the harbour all my life, and I think the council should have asked the people who use the slipway every day before deciding anything at all.</p></div>`;
    const doc = parse(`<html><body><div class="story"><p>Short teaser line only.</p></div>
      <section id="comments">${[1, 2, 3, 4, 5, 6, 7, 8, 9].map(comment).join("")}</section></body></html>`);
    expect(findArticle(doc)).toBeNull();
  });
});

describe('cleanDocTitle', () => {
  it('drops a site name before or after a separator, but keeps short titles whole', () => {
    expect(cleanDocTitle('Harbour town votes to rebuild its sea wall | The Coastal Courier')).toBe('Harbour town votes to rebuild its sea wall');
    expect(cleanDocTitle('World News – Ferry timetable changes for the winter')).toBe('Ferry timetable changes for the winter');
    expect(cleanDocTitle('News | Home')).toBe('News | Home');
    expect(cleanDocTitle('  A plain   title  ')).toBe('A plain title');
  });
});
