/**
 * Where a country's flag lives inside the built extension. Pure.
 *
 * scripts/kb-opendata.ts copies flag-icons' 4:3 SVGs (MIT) for these codes into public/flags/,
 * which WXT copies to the root of the extension; a card turns the path into a URL with
 * `browser.runtime.getURL(flagPath(id))`. No network is involved.
 */

/** Folder under public/ (and under the extension's root) that holds the flags. */
export const FLAG_DIR = 'flags';

/** ISO 3166-1 alpha-2 codes (lower case) of the generated countries, all present in flag-icons. */
export const FLAG_CODES: ReadonlySet<string> = new Set(
  'ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um us uy uz va vc ve vg vi vn vu wf ws xk ye yt za zm zw'.split(' '),
);

/** "/flags/ua.svg" for "country-ua"; null for anything that is not a country with a flag. */
export function flagPath(countryId: string): string | null {
  const m = /^country-([a-z]{2})$/.exec(countryId);
  const code = m?.[1];
  return code && FLAG_CODES.has(code) ? `/${FLAG_DIR}/${code}.svg` : null;
}
