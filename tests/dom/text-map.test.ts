// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, nodeIndex, offsetAt, rangeFor } from '../../lib/dom/text-map';

function root(html: string): HTMLElement {
  document.body.innerHTML = `<div id="r">${html}</div>`;
  return document.getElementById('r')!;
}

describe('buildTextMap', () => {
  it('collapses whitespace and separates blocks with newlines', () => {
    const map = buildTextMap(root('<h1>  Zelenskyy\n in   Paris </h1><p>He met <b>Emmanuel</b>\n  Macron.</p><p>Then left.</p>'));
    expect(map.text).toBe('Zelenskyy in Paris \nHe met Emmanuel Macron.\nThen left.');
  });

  it('leaves out code, form fields, editors, hidden parts, widgets and excluded subtrees', () => {
    const r = root(`<p>Keep <code>NATO</code> this.</p><textarea>NATO</textarea><div contenteditable="true">NATO</div>
      <p hidden>NATO</p><p aria-hidden="true">NATO</p><div role="button">NATO</div><p style="display: none">NATO</p>
      <script>NATO</script><figure><figcaption class="cap">NATO caption</figcaption></figure><p>End.</p>`);
    const map = buildTextMap(r, { exclude: (el) => el.classList.contains('cap') });
    expect(map.text).not.toContain('NATO');
    expect(map.text).toContain('Keep this.');
    expect(map.text).toContain('End.');
  });

  it('maps every offset range back to the same text in the DOM', () => {
    const r = root('<p>Ukrainian   President <a href="#">Volodymyr\nZelenskyy</a>’s visit</p><p>to  Paris.</p>');
    const map = buildTextMap(r);
    for (const word of ['Volodymyr Zelenskyy', 'Zelenskyy’s', 'Paris', 'President Volodymyr']) {
      const start = map.text.indexOf(word);
      const range = rangeFor(map, start, start + word.length)!;
      expect(range.toString().replace(/\s+/g, ' ')).toBe(word);
    }
    expect(rangeFor(map, 5, 5)).toBeNull();
    expect(rangeFor(map, 0, map.text.length + 10)).toBeNull();
  });

  it('turns a DOM point back into its text offset', () => {
    const r = root('<p>Hello   <b>big</b> world</p>');
    const map = buildTextMap(r);
    const b = r.querySelector('b')!.firstChild!;
    const index = nodeIndex(map);
    expect(map.text.slice(offsetAt(map, b, 1, index)!)).toBe('ig world');
    const first = r.querySelector('p')!.firstChild!;
    expect(offsetAt(map, first, 7, index)).toBe(5); // inside the collapsed run → the kept space
    expect(offsetAt(map, document.body, 0, index)).toBeNull();
  });
});
