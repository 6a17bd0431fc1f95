/** Parses a CSS colour as computed by the browser ("rgb(…)"/"rgba(…)"); null when transparent or unknown. */
export function parseRgb(css: string): [number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+%?))?\s*\)/.exec(css);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Relative luminance (WCAG) of an sRGB colour, 0..1. */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Light or dark, following the page: the first opaque background among the given colours
 * (body, then html) decides. With none, the page shows the browser's canvas, which is dark only
 * when the page allows a dark colour scheme (its `color-scheme`) and the system asks for it.
 */
export function pickTheme(backgrounds: readonly string[], systemDark: boolean, colorScheme = 'normal'): 'light' | 'dark' {
  for (const bg of backgrounds) {
    const rgb = parseRgb(bg);
    if (rgb) return luminance(rgb) < 0.2 ? 'dark' : 'light';
  }
  const schemes = colorScheme.toLowerCase().split(/\s+/);
  if (!schemes.includes('dark')) return 'light';
  return systemDark || !schemes.includes('light') ? 'dark' : 'light';
}
