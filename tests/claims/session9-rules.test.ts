/**
 * Rules of session 9, each drawn from a dev-set error (round 58 or older) and tested here on invented text: an
 * unnamed speaker described by an occupation, a name set after a description, the subject of a clause whose relative
 * clause ends with another name, organisation words, "the lottery corporation" for the body whose name holds both
 * words, a person named before "of", and "the state government of X". Every sentence is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../lib/claims/index';
import { findReferents } from '../../lib/claims/names';
import { givenNameGender } from '../../lib/claims/given-names';
import { createSpotter } from '../../lib/engine/spotter';
import type { EntityLite } from '../../lib/engine/types';
import { spotter, quoteSpeaker } from './helpers';


describe('someone described by an occupation after the verb', () => {
  it('speaks: "…,” said a banker familiar with the talks', () => {
    const text = 'Merger talks stall\n\nThe two lenders met again on Monday. "There is no deal on the table yet," said a banker familiar with the talks.';
    expect(quoteSpeaker(text, 'There is no deal')).toMatch(/banker/);
  });

  it('and so does "a person" ("…,” said one person with knowledge of the plan)', () => {
    const text = 'Merger talks stall\n\nThe board met on Tuesday. "Nobody expects a vote before spring," said one person with knowledge of the plan.';
    expect(quoteSpeaker(text, 'Nobody expects a vote')).toMatch(/person/);
  });
});

describe('a name set after a description', () => {
  it('speaks, not the body in the description: "said a Met Office meteorologist, Tom Brightwater"', () => {
    const text =
      'Snow closes roads\n\nThe Met Office has issued another warning for ice. “The ground is already frozen and what falls will settle,” said a Met Office meteorologist, Ilse Varnhagen.';
    expect(quoteSpeaker(text, 'The ground is already frozen')).toBe('Ilse Varnhagen');
  });

  it('with a possessive before the description too: "said the council\'s highways manager, Peter Olsen"', () => {
    const text = 'Roads shut\n\nGritters worked through the night. "We are stretched to the limit," said the council\'s highways manager, Dorian Vasquez-Lund.';
    expect(quoteSpeaker(text, 'We are stretched')).toBe('Dorian Vasquez-Lund');
  });
});

describe('a relative clause that ends with a name', () => {
  it('does not make that name the subject: "Dr X, a specialist who has not treated Y, said …. “…,” he said" is X', () => {
    const text =
      'Pitcher to have surgery\n\nRuben Aldecott-Prine will miss the season. He felt a pop in his elbow on Wednesday, and he walked off holding his arm. ' +
      'Aldecott-Prine said he was devastated. Aldecott-Prine had led the league in strikeouts.\n\n' +
      'Dr. Obiora Nwankwo-Tell, a sports medicine specialist who has studied elbow injuries but has not treated Aldecott-Prine, said the pattern was familiar.\n\n' +
      '"We are asking the elbow to do something it was never built for," he said.';
    expect(quoteSpeaker(text, 'We are asking the elbow')).toBe('Obiora Nwankwo-Tell');
  });
});

describe('organisation words', () => {
  it('"Collective" ends an organisation\'s name, so "the group" after it is that organisation', () => {
    const text =
      'App brings in face scans\n\nA study by researchers at the University of Wexbridge found higher error rates for girls.\n\n' +
      'Fair Data Collective, a digital rights campaign, described the plan as "a checkpoint for childhood" and said it would normalise handing data to private firms.\n\n' +
      '"Today it is a selfie to watch videos," the group wrote in a post.';
    expect(quoteSpeaker(text, 'Today it is a selfie')).toBe('Fair Data Collective');
  });

  it('"the lottery corporation" is the body named before whose name holds both words, not the one named last', () => {
    const text =
      'Lottery fraud\n\nThe Prairie Draws Lottery Corporation, which runs draws in three provinces, said it had helped the police.\n\n' +
      'Halima Quist, a professor at the University of Carberry, said agencies should check winners more closely.\n\n' +
      'The lottery corporation said it reviews its procedures "on an ongoing basis" and urged players to sign their tickets.';
    expect(quoteSpeaker(text, 'on an ongoing basis')).toBe('Prairie Draws Lottery Corporation');
  });
});

describe('a phrase with "of"', () => {
  it('is the person named before it: "Justice Eleanor Fairweather of the Manitoba Court of King\'s Bench said"', () => {
    const text =
      "Shopkeeper guilty\n\nJustice Marguerite Osterholm of the Northern Court of King's Bench said the evidence was \"overwhelming\" and that his account was \"not credible in any respect.\"";
    expect(quoteSpeaker(text, 'not credible in any respect')).toBe('Marguerite Osterholm');
  });

  it('is the body a noun in lower case before "of" names: "The state government of Mecklenburg-Western Pomerania"', () => {
    const text =
      'Yard wins order\n\nA union official, Jens Halvorsen, said wages remained low.\n\n' +
      'The state government of Lower Wendland, which holds a small stake in the yard, called the deal “a vote of confidence in the whole region” and said it would pay for training.';
    expect(quoteSpeaker(text, 'a vote of confidence')).toBe('state government of Lower Wendland');
  });
});

describe('someone described without a name before the verb', () => {
  it('is the noun, a word after it allowed: "A person familiar with the matter, who …, said …. “…,” the person said"', () => {
    const text =
      'Board split\n\nThe plan faced resistance. A person familiar with the matter, who asked not to be named, said the board had not voted. ' +
      '"They are split down the middle," the person said.';
    expect(quoteSpeaker(text, 'They are split down')).toBe('person');
  });

  it('"One banker involved in a separate listing, who …, said …. “…,” the banker said"', () => {
    const text =
      'Listings slow\n\nOne banker involved in a separate planned listing, who asked not to be named, said two clients had asked for delays. ' +
      '"Nobody wants to be the next headline," the banker said.';
    expect(quoteSpeaker(text, 'Nobody wants to be')).toBe('banker');
  });

  it('read past a phrase of its own: "“…,” a person with knowledge of the talks said"', () => {
    const text = 'Talks stall\n\nNegotiators met on Thursday. "There is little left to discuss," a person with knowledge of the talks said.';
    expect(quoteSpeaker(text, 'There is little')).toMatch(/^person/);
  });

  it('and a group noun before a person\'s noun: "…,” said a union member who took part', () => {
    const text = 'Walkout\n\nStaff left the site at noon. "We walked out together," said a union member who took part.';
    expect(quoteSpeaker(text, 'We walked out')).toBe('a union member');
  });
});

describe('a possessive opening the clause', () => {
  it('is not the speaker when a name follows what it owns: "Frasier\'s ally on the council, Priya Venkataraman, was blunt: “…”"', () => {
    const text =
      'Budget row\n\nColin Frasier opposed the plan from the start.\n\n' +
      'Frasier\'s ally on the council, Priya Venkataraman, was blunt: "The mayor has lost the room."';
    expect(quoteSpeaker(text, 'The mayor has lost')).toBe('Priya Venkataraman');
  });
});

describe('"the union man"', () => {
  it('stands for someone as "he" would when no one was described so', () => {
    const text =
      'Plant closes\n\nUnion convenor Dave Pellow said the news came as a shock. The company\'s director, Sunita Rao, said the decision had been agonising.\n\n' +
      'Pellow was unconvinced. "Fine words," the union man said.';
    expect(quoteSpeaker(text, 'Fine words')).toBe('Dave Pellow');
  });
});

describe('a name after an organisation noun', () => {
  it('is no person: "The regulator Halvex said", "anglers\' club Lode Valley Anglers posted"', () => {
    const text =
      'Water firm fined\n\nThe regulator Halvex said it was reviewing the licence. Local anglers\' club Lode Valley Anglers posted on Facebook: "Our river deserves better."';
    const people = findReferents(text, spotter.find(text)).filter((r) => r.person).map((r) => r.name);
    expect(people).not.toContain('Halvex');
    expect(people).not.toContain('Lode Valley Anglers');
  });
});

describe('a name with "of the" inside, opening the clause before an appositive', () => {
  it('speaks, and "the post" it made after it: "Friends of the Lode, a volunteer group, said in a post …. “…,” the post said"', () => {
    const text =
      'Fish die\n\nFriends of the Marrow, a volunteer group, said in a post on X that they had counted hundreds of dead fish. "It broke our hearts," the post said.';
    expect(quoteSpeaker(text, 'It broke our hearts')).toBe('Friends of the Marrow');
  });
});

describe('people the text does not name', () => {
  it('"said one" after a group just counted is one of that group', () => {
    const text = 'Flood town\n\nMany residents were angry at the council. "They knew about the levee," said one.';
    expect(quoteSpeaker(text, 'They knew about')).toBe('resident');
  });

  it('a relation is someone: "A neighbour, who did not want to be named, said …. “…,” he said" is the neighbour', () => {
    const text =
      'Flood town\n\n"The water came up so fast," said one woman who lives by the river.\n\n' +
      'A neighbour, who did not want to be named, said the warning came too late. "Nobody knocked on our door," he said.';
    expect(quoteSpeaker(text, 'Nobody knocked')).toBe('neighbour');
  });

  it('one opening a sentence that quotes no one is whom "he" right after stands for', () => {
    const text =
      'Flood town\n\n"We lost everything," a tearful shop owner told local television.\n\n' +
      'One volunteer, a retired teacher, spent the night ferrying people in his boat. "You just do what you can," he said.';
    expect(quoteSpeaker(text, 'You just do what')).toBe('volunteer');
  });
});

describe('a title', () => {
  it('names the role: "Dr. Miriam Oduya …. “…,” the doctor said" is Oduya', () => {
    const text =
      'Hospital inquiry\n\nDr. Wanjiru Osei-Lamb, the hospital\'s medical director, said staff had raised concerns. Consultant surgeon Paul Brennan said he had never seen the letters.\n\n' +
      'Osei-Lamb was not convinced. "They always say that," the doctor said.';
    expect(quoteSpeaker(text, 'They always say that')).toBe('Wanjiru Osei-Lamb');
  });
});

describe('one of a group just counted', () => {
  it('says what "one called", not the group whose verb came first', () => {
    const text =
      'Ski lifts\n\nSeveral residents argued that the commune should not put more money into what one called "a business model from the 1970s".';
    expect(quoteSpeaker(text, 'a business model')).toBe('resident');
  });

  it('"with one saying" is one of them', () => {
    const text = 'Expenses\n\nTwo ministers described the disclosures as damaging, with one saying the timing "could hardly be worse for the party".';
    expect(quoteSpeaker(text, 'could hardly be worse')).toBe('minister');
  });
});

describe('words on a sign or chanted', () => {
  it('are a quotation though capitalised like a title, the second of two too, and the group in the paragraph holds them', () => {
    const text =
      'Library vote\n\nMore than 120 residents signed up to speak at the meeting. Many held hand-lettered signs reading "Books Not Budget Tricks" and "Save Juniper Street."';
    const claims = findClaims(text, spotter.find(text)).filter((c) => c.kind === 'quote');
    expect(claims.map((c) => [c.text, c.speaker?.name])).toEqual([
      ['"Books Not Budget Tricks"', 'residents'],
      ['"Save Juniper Street."', 'residents'],
    ]);
  });

  it('chanted words are the marchers\'', () => {
    const text = 'Ferry cuts\n\nHundreds of protesters marched to the ferry terminal chanting "Keep the boats running."';
    expect(quoteSpeaker(text, 'Keep the boats running')).toBe('protesters');
  });
});

describe('an acronym the text defines in brackets', () => {
  it('speaks under the name before it, though its initials spell another ("the Panama Canal Authority (ACP)")', () => {
    const text =
      'Canal blocked\n\nA bulk carrier ran aground on Tuesday, according to the Isthmus Waterway Authority (AVI). Nobody was injured.\n\n' +
      '"The vessel experienced a steering failure," the AVI said in a statement.';
    expect(quoteSpeaker(text, 'The vessel experienced')).toBe('Isthmus Waterway Authority');
  });
});

describe('"put it"', () => {
  it('introduces what is said: "As one official put it, only half joking: “…”"', () => {
    const text = 'Farm subsidies\n\nFor now, the debate is likely to be loud. As one official put it, only half joking: "Everyone agrees the system should be fairer."';
    expect(quoteSpeaker(text, 'Everyone agrees')).toBe('official');
  });
});

describe('a relative clause with no comma before it', () => {
  it('holds no subject: "A kayak guide who runs trips in Fiordland put it more bluntly: “…”"', () => {
    const text =
      'Park fees\n\nIn a post on social media, a Queenstown kayak guide who runs trips in Fiordland put it more bluntly: "Love the idea of fixing the tracks."';
    expect(quoteSpeaker(text, 'Love the idea')).toBe('Queenstown kayak guide');
  });

  it('but a pronoun in it is the subject of its own clause: "thanked volunteers who she said had “…”"', () => {
    const text =
      'By-election\n\nIn her victory speech, Priya Lakhani-Shaw thanked campaign volunteers who she said had "knocked on every door in this constituency at least twice".';
    expect(quoteSpeaker(text, 'knocked on every door')).toBe('Priya Lakhani-Shaw');
  });
});

describe('gender', () => {
  it('of a surname written alone is what the full name before it tells: "Farrow-Lyle" is the man "Desmond Farrow-Lyle"', () => {
    const text =
      'Fraudster jailed\n\nDesmond Farrow-Lyle, 54, had pleaded guilty to 11 counts of fraud.\n\n' +
      'Passing sentence, Judge Miriam Adeyemi-Stone spoke for forty minutes. "You chose greed over friendship," she told Farrow-Lyle.\n\n' +
      'She said the offending was aggravated by the age of the victims. Farrow-Lyle showed no emotion.\n\n' +
      'The judge accepted that the pleas entitled him to a reduction. "The evidence points the other way," she said.';
    expect(quoteSpeaker(text, 'The evidence points')).toBe('Miriam Adeyemi-Stone');
  });

  it('is not read from a surname\'s particle ("El Idrissi"), nor from names of either gender across languages', () => {
    expect(['Pascale', 'Ola', 'Andrea', 'Nicola'].map(givenNameGender)).toEqual(['f', undefined, undefined, undefined]);
    // ("El" is in the English list of men's names: read as Yasmina El Idrissi's given name it made her a man)
    const text =
      'Warehouse robots\n\nYasmina El Idrissi packs orders at the warehouse. Marta Kowalska, who works the next aisle, said targets had risen.\n\n' +
      'Back at her station, El Idrissi checks a screen. "It never stops," she said.';
    expect(quoteSpeaker(text, 'It never stops')).toBe('Yasmina El Idrissi');
  });
});

describe('evidence of a person', () => {
  it('a name opening its sentence with "he" or "she" after it, no other name between', () => {
    const text = 'Maize fails\n\nGheorghe Bălescu will plant again next spring; he does not know what else to do.';
    expect(findReferents(text, spotter.find(text)).some((r) => r.person && r.name === 'Gheorghe Bălescu')).toBe(true);
  });

  it('but not a name inside the sentence ("on the town\'s Facebook page …, she had written")', () => {
    const text = 'Fire\n\nIn a post on the town’s Facebook page earlier in the evening, she had written that everyone was safe.';
    expect(findReferents(text, spotter.find(text)).some((r) => r.person && r.name === 'Facebook')).toBe(false);
  });

  it('a possessive before a person\'s name is no part of it: "Port Aldery\'s Reyes says …"', () => {
    const text =
      'Mayors clash\n\nPort Aldery\'s Reyes says the merger would save millions; Wexcombe\'s Lindqvist calls the numbers "wishful thinking"\n\n' +
      'Mayor Annika Lindqvist said the merger would cost more.';
    const names = findReferents(text, spotter.find(text)).filter((r) => r.person).map((r) => r.name);
    expect(names).not.toContain("Port Aldery's Reyes");
    expect(names).toContain('Reyes');
  });
});

describe('group nouns', () => {
  it('"campaign": "Reyes-Donnelly\'s campaign posted on X: “…”"', () => {
    const text = 'Debate\n\nShortly after the debate ended, Reyes-Donnelly\'s campaign posted on X: "Tonight we talked about the future."';
    expect(quoteSpeaker(text, 'Tonight we talked')).toBe("Reyes-Donnelly's campaign");
  });
});

describe('given names with accents', () => {
  it('are read as the lists hold them without: "Tomás" a man\'s, so "Tomás X, a junior …, said …. “…,” he said" is X', () => {
    expect(givenNameGender('Tomás')).toBe('m');
    const text =
      'Merger vote\n\nProvost Yusuf Marchetti said the merger would protect jobs. Marchetti said the board would vote in May.\n\n' +
      'Tomás Achebe-Wright, a junior majoring in music, said he chose the college because of its small classes.\n\n' +
      '"I had a seminar last semester with eight people in it," he said.';
    expect(quoteSpeaker(text, 'I had a seminar')).toBe('Tomás Achebe-Wright');
  });
});

describe('a spokesperson for a body named in lower case', () => {
  it('speaks for that body, not a company named before: "A spokesperson for the regulator said"', () => {
    const text =
      'Data leak\n\nThe airline AeroMeridian said it had acted quickly.\n\nA spokesperson for the regulator said it was "too early to draw conclusions about this".';
    expect(quoteSpeaker(text, 'too early to draw')).toBe('the regulator');
  });

  it('and a place after "in" is where the body is: "A spokesman for the regional prosecutor\'s office in Coyhaique confirmed"', () => {
    const text =
      'Scientist held\n\nA spokesman for the regional prosecutor’s office in Coyhaique confirmed on Monday that a foreign national was “assisting with an inquiry into surveying”.';
    expect(quoteSpeaker(text, 'assisting with an inquiry')).toBe('the regional prosecutor’s office');
  });
});

describe('whose words a quotation is', () => {
  it('"in Ms Vasseur\'s words" and "in the words of one critic"', () => {
    const text =
      'Wine trial\n\nThe court heard from Hélène Vasseur, a chemist. Tests found that the wine was, in Ms Vasseur’s words, “at most ten or twelve years old”.\n\n' +
      'Her debut was passed around, in the words of one critic, "like a rumour in the night".';
    expect(quoteSpeaker(text, 'at most ten')).toBe('Hélène Vasseur');
    expect(quoteSpeaker(text, 'like a rumour')).toBe('critic');
  });

  it('"he whispers": a whisper is said', () => {
    const text = 'Curlews\n\nRhodri Pennant, a sheep farmer, crouches in wet grass.\n\n"There," he whispers. "That is the sound of spring up here."';
    expect(quoteSpeaker(text, 'That is the sound')).toBe('Rhodri Pennant');
  });
});

describe('"the executive said"', () => {
  it('is the executive described without a name since the named one with that role', () => {
    const text =
      'Village homes\n\nIts chief executive, Lachlan Oduya, told a committee that costs had risen by 38 per cent.\n\n' +
      'One executive with a firm that has bid for part of the site, who asked not to be named, said the flats might prove harder to sell.\n\n' +
      '"Everyone assumes these will fly off the shelf," the executive said.';
    expect(quoteSpeaker(text, 'Everyone assumes')).toBe('executive');
  });
});

describe('a description followed by "who"', () => {
  it('makes the name before it a person\'s, whatever the noun: "Rasmus X, a Danish arbiter who has worked …"', () => {
    const text =
      'Chess vote\n\nAleksander Virtanen, a grandmaster, welcomed the result.\n\n' +
      'Not everyone was convinced. Rasmus Kowalczyk-Holm, a Danish arbiter who has worked at federation events for two decades, called the campaign toxic.\n\n' +
      '"There were anonymous accounts posting rubbish," he said.';
    expect(quoteSpeaker(text, 'There were anonymous')).toBe('Rasmus Kowalczyk-Holm');
  });
});

describe('words that open sentences', () => {
  it('are no speaker\'s name: "Until then, the number on the sign — “…” — is …"', () => {
    const text = 'Village\n\nUntil then, the number on the sign at the site entrance — "Homes for Queensland, after the Games" — is the only part of the promise that has not changed.';
    expect(quoteSpeaker(text, 'Homes for Queensland')).not.toBe('Until then');
  });
});

describe('a given name before a place the knowledge base holds', () => {
  it('makes a person\'s name, the place\'s word her surname after: "Marguerite Santiago, who …"', () => {
    const place: EntityLite = { id: 'city-santiago', name: 'Santiago', type: 'place', aliases: [], prominence: 0.8 };
    const sp = createSpotter([place]);
    const text =
      'Village homes\n\nIts chief executive, Lachlan Oduya, said costs had risen.\n\n' +
      'Housing advocates see it differently. Marguerite Santiago, who coordinates a coalition of tenant groups, called the cut a walk-back.\n\n' +
      'Santiago said her coalition would lobby for more. "If it is not in law, it is a hope," she said.';
    const quote = findClaims(text, sp.find(text)).find((c) => c.kind === 'quote' && c.text.includes('not in law'));
    expect(quote?.speaker?.name).toBe('Marguerite Santiago');
  });
});

describe('names after roles and possessives, rounds 66 and 67', () => {
  it('"said director of rugby Gareth Mbeki-Lowe": the name after the role\'s field', () => {
    const text = 'Relegation\n\nSupporters stayed in the stand. "I am gutted for the people in this town," said director of rugby Gareth Mbeki-Lowe.';
    expect(quoteSpeaker(text, 'I am gutted')).toBe('Gareth Mbeki-Lowe');
  });

  it('"the judge said" is the name written with "Justice"', () => {
    const text =
      'Water ruling\n\nJustice Aroha Whitcombe ruled for the farmers. Lawyers for the company had argued otherwise.\n\n' +
      'The judge said the company had relied on “a convenient reading” of its licence.';
    expect(quoteSpeaker(text, 'a convenient reading')).toBe('Aroha Whitcombe');
  });

  it('"Tan\'s lawyer, Rajiv Santhanam of the firm Santhanam & Goh, said": the lawyer, though a firm of partners bears his surname', () => {
    const text =
      'Founder held\n\nAldric Tan was arrested on Friday. Tan\'s lawyer, Rajiv Santhanam of the firm Santhanam & Goh, said his client "categorically denies any wrongdoing" and would fight.';
    expect(quoteSpeaker(text, 'categorically denies')).toBe('Rajiv Santhanam');
  });
});

describe('a pronoun after a name opening its sentence', () => {
  it('is no evidence when it speaks in a parenthesis: "Captive breeding, she said, had …"', () => {
    const text =
      'Pandas\n\nDr. Li Wenjing, a conservation biologist who has studied panda breeding, takes a more measured view. Captive breeding, she said, had played a real part in the recovery.\n\n' +
      '"It is not a simple story of good or bad," she said.';
    // (the names read from the text alone, without the spotter's mentions)
    expect(findReferents(text, []).some((r) => r.person && r.name === 'Captive')).toBe(false);
    expect(quoteSpeaker(text, 'not a simple story')).toBe('Li Wenjing');
  });
});

describe('a body described by its noun', () => {
  it('reaches back to its name however far ("the ministry" for the Ministry of Health named pages before)', () => {
    // (the WHO a body the knowledge base holds, as in the bundled pack: no unknown name a ministry is kept apart from)
    const who: EntityLite = { id: 'org-who', name: 'World Health Organization', type: 'organization', aliases: ['WHO'], prominence: 0.9 };
    const sp = createSpotter([who]);
    const filler = 'Teams visited schools and clinics across the county that week. '.repeat(30);
    const text =
      'Measles\n\nThe Ministry of Health said the drive would reach two million children.\n\n' + filler + '\n\n' +
      'The World Health Organization said it supported the campaign.\n\nIn a post on X, the ministry urged parents to "ignore the lies on social media" and to vaccinate.';
    const quote = findClaims(text, sp.find(text)).find((c) => c.kind === 'quote' && c.text.includes('ignore the lies'));
    expect(quote?.speaker?.name).toBe('Ministry of Health');
  });

  it('"The Moldovan agency said" is the agency named before; a place\'s possessive wants the place in the name', () => {
    const text =
      'Measles\n\nIn Moldova, cases are counted by the National Agency for Public Health.\n\n' +
      'The Moldovan agency said in a statement that mobile teams had given "more than 6,200 doses so far".';
    expect(quoteSpeaker(text, 'more than 6,200 doses')).toBe('National Agency for Public Health');
  });
});

describe('rounds 69 and 70', () => {
  it('an appositive naming an organisation\'s kind makes a one-word name a body: "Medilijn, one of the largest pharmacy chains …"', () => {
    const text =
      'Pharmacies\n\nShares in Medilijn fell on Monday. Medilijn, one of the largest pharmacy chains in the Netherlands, will close 180 branches. Analyst Joris Tielemans called it overdue.\n\n' +
      '"In every case there will be another pharmacy within a reasonable distance," a company spokesman said.';
    expect(quoteSpeaker(text, 'In every case')).toBe('Medilijn');
  });

  it('a hyphenated word and a title before the name after the verb: "said co-author Dr. Kenji Arakawa-Brandt"', () => {
    const text = 'Plastic\n\nThe study was published on Monday. “I want to be careful here,” said co-author Dr. Kenji Arakawa-Brandt, an oceanographer.';
    expect(quoteSpeaker(text, 'I want to be careful')).toBe('Kenji Arakawa-Brandt');
  });

  it('"the fund said" is the fund named before', () => {
    const text =
      'Divestment\n\nThe Forth Valley Pension Fund will sell its oil shares, according to its latest quarterly report. The fund said the sales would be phased to avoid "dumping stock into a falling market".';
    expect(quoteSpeaker(text, 'dumping stock')).toBe('Forth Valley Pension Fund');
  });
});

describe('bodies described in lower case', () => {
  it('"the secretariat said" is the public body described before, not a company named since', () => {
    const text =
      'Bridge collapse\n\nFreight operator Ferrosur Austral said it was cooperating. The drums held sodium hydroxide, according to the regional environment secretariat.\n\n' +
      'Levels were slightly above normal, the secretariat said, but “within a range that does not represent an immediate risk.”';
    expect(quoteSpeaker(text, 'within a range')).toBe('the regional environment secretariat');
  });

  it('a body a sentence introduces by what it does is who "it said" is: "The union representing pharmacy assistants reacted angrily."', () => {
    const text =
      'Pharmacies\n\nShares in Medilijn fell. Medilijn, one of the largest pharmacy chains in the country, will close 180 branches.\n\n' +
      'The union representing pharmacy assistants reacted angrily. In a post on social media, it said: "We will fight for every job."';
    expect(quoteSpeaker(text, 'We will fight')).toBe('the union');
  });
});
