/**
 * Rules drawn in session 5 from the first run of written round 24 and the misses left on the tuned rounds
 * (see tests/devset/claims/README.md). Every sentence here is invented for the test. Speakers are read
 * as the extension reads them: with the spotter's mentions (its names outside the knowledge base).
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../lib/claims/index';
import { hasPersonEvidence } from '../../lib/claims/descriptors';
import { findReferents } from '../../lib/claims/names';
import { createSpotter } from '../../lib/engine/spotter';
import { spotter, quoteSpeaker } from './helpers';

/** A spotter whose knowledge base holds one organisation, as the bundled one holds Twitter or Natural England. */
const spotterWithOrg = (id: string, name: string) => createSpotter([{ id, type: 'organization', name, aliases: [], prominence: 0.7 }]);

describe('people named with where they work', () => {
  it('are found when an occupation opens the sentence and "of the" names their university', () => {
    const text =
      'The agency raised the alert on Monday. Its head, Tomas Reyes, said the risk was rising.\n\n' +
      'Seismologist Andrew Mbatha of the University of Cape Town, who has studied the fault, said the swarm resembled one in 1979. ' +
      '“The similarity is worth taking seriously,” he said.';
    expect(quoteSpeaker(text, 'The similarity')).toBe('Andrew Mbatha');
  });
});

describe('people with two surnames', () => {
  it('are named in full when the text later calls them by the first surname', () => {
    const text =
      'Marcelina Huamaní Quispe, who leads the Ccollpa community, spoke at the roadblock.\n\n' +
      '“We were never asked properly,” Huamaní said. “They came with papers and lunches.”';
    expect(quoteSpeaker(text, 'We were never asked')).toBe('Marcelina Huamaní Quispe');
    expect(quoteSpeaker(text, 'They came with')).toBe('Marcelina Huamaní Quispe');
  });

  it('are people when the first surname speaks alone, though nothing marked the full name as a person', () => {
    const text =
      'The mayor of Santa Rosa, Efraín Quispe Villanueva, stood outside the town hall.\n\n' +
      '“What we need now is tents and water,” Quispe said.';
    expect(quoteSpeaker(text, 'What we need now')).toBe('Efraín Quispe Villanueva');
  });

  it('stay apart when two people share the middle word', () => {
    const text =
      'Ana Lucía Torres and Juan Lucía Paredes led the march.\n\n“We will not move,” Lucía said.';
    expect(quoteSpeaker(text, 'We will not move')).toBe('Lucía');
  });
});

describe('organisations named after their kind', () => {
  it('are what "the company" stands for, under their full or shorter name', () => {
    const text =
      'The protest targets a $3bn mine that Canadian company Andina Meridian Copper plans to build.\n\n' +
      'Andina Meridian rejected that account. In a statement, the company said it had held many meetings.\n\n' +
      '“We respect the concerns of the communities,” the company said.';
    expect(quoteSpeaker(text, 'We respect the concerns')).toMatch(/^Andina Meridian/);
  });

  it('leave a person after such a noun a person', () => {
    const text = 'The bank Maria Lopez founded in 2010 collapsed.\n\n“I warned them,” Lopez said.';
    expect(quoteSpeaker(text, 'I warned them')).toBe('Maria Lopez');
  });
});

describe('a role after "said" with the name set after it', () => {
  it('is the named holder of the role, not the person the role phrase alone was taken for', () => {
    const text =
      'Daniel Ashworth-Kaur said the estate had 372 usable spaces.\n\n' +
      '“It is one bad weekend away from police cells,” said the committee’s chair, Margaret Llewellyn-Ross.';
    expect(quoteSpeaker(text, 'one bad weekend')).toBe('Margaret Llewellyn-Ross');
  });

  it('leaves the name after "said" speaking when an organisation follows it', () => {
    const text =
      'Harbour Transit said 61,400 vehicles a day entered the zone.\n\n' +
      '“These are early numbers,” said Losa Faleolo, Harbour Transit’s general manager.';
    expect(quoteSpeaker(text, 'These are early numbers')).toBe('Losa Faleolo');
  });
});

describe('pronouns in a live blog of press conferences', () => {
  it('go to the manager just named, not to the club before "boss" nor to a player named as "the Okafor deal"', () => {
    const text =
      '21:47 — The deal for Nigerian midfielder Chidi Okafor is done. Okafor, 23, made 38 appearances last season.\n\n' +
      '20:32 — Back to the press conferences, where Port Alder boss Fiona McCaskill was asked whether her captain is staying. "He is staying," she said.\n\n' +
      '17:22 — Castlebridge manager Henrik Aaltonen has been speaking. Asked whether the Okafor deal was close, he smiled and said: "Close is a dangerous word on deadline day."';
    expect(quoteSpeaker(text, 'He is staying')).toBe('Fiona McCaskill');
    expect(quoteSpeaker(text, 'Close is a dangerous word')).toBe('Henrik Aaltonen');
  });

  it('take a name before a role and another name for no person, though its first word is a given name', () => {
    const text = 'Port Alder boss Fiona McCaskill and Castlebridge manager Henrik Aaltonen spoke on Friday.';
    expect(findReferents(text, spotter.find(text)).map((r) => r.name)).toEqual(['Fiona McCaskill', 'Henrik Aaltonen']);
  });
});

describe('an agent named in apposition', () => {
  it('is a person whom the next "he" stands for', () => {
    const text =
      'Harrowgate pulled out of the signing of defender Luca Brenner.\n\n' +
      'Brenner’s agent, Dariusz Wojcik, has hit back. "Harrowgate knew the terms on Monday," he told us by phone.';
    expect(quoteSpeaker(text, 'Harrowgate knew the terms')).toBe('Dariusz Wojcik');
  });
});

describe('news outlets', () => {
  it('are not what "the company" stands for', () => {
    const text =
      'The airport is run by Hohen Air Group, which plans a second runway.\n\n' +
      'Its chief told the Rhine Valley Post that work could start in spring. ' +
      'In a statement, the company said it would “begin the insulation programme before any new runway is poured”.';
    expect(quoteSpeaker(text, 'begin the insulation programme')).toBe('Hohen Air Group');
  });
});

describe('a role with what it is of, before a name', () => {
  it('makes the name a person whom "she said" stands for', () => {
    const text =
      'Captain Sahan Dissanayake praised his bowlers.\n\n' +
      'A senior board official, director of cricket operations Farzana Iqbal Chowdhury, told reporters the board would complain. ' +
      '"The players deserve better," she said.';
    expect(quoteSpeaker(text, 'The players deserve better')).toBe('Farzana Iqbal Chowdhury');
    const at = text.indexOf('Farzana');
    expect(hasPersonEvidence(text, at, at + 'Farzana Iqbal Chowdhury'.length)).toBe(true);
    // a place after "of" and words in lower case is no role's
    const place = 'The head of the coastal town Port Merrow was moved inland.';
    expect(hasPersonEvidence(place, place.indexOf('Port'), place.indexOf('Port') + 'Port Merrow'.length)).toBe(false);
  });
});

describe('a transport body that speaks', () => {
  it('stays an organisation, so "he said" after an economist is the economist', () => {
    const text =
      'Harbour Transport said 61,400 vehicles a day entered the zone in October.\n\n' +
      'Transport economist Professor Wiremu Hāwera, of the University of Auckland, cautioned against reading too much into one month. ' +
      'Traffic often crept back as drivers adjusted, he said.\n\n“London saw a bounce-back after the first year,” he said.';
    expect(quoteSpeaker(text, 'London saw a bounce-back')).toBe('Wiremu Hāwera');
  });
});

describe('unnamed speakers', () => {
  it('are described by their noun and the phrases after it, up to the verb', () => {
    const text = '"You are not competing with the kid next to them any more," a maths teacher in Leicester with 22 years in the classroom told me.';
    expect(quoteSpeaker(text, 'You are not competing')).toBe('maths teacher in Leicester');
    expect(quoteSpeaker('"We saw it all," one resident of the estate told reporters.', 'We saw it all')).toBe('resident of the estate');
    // a description of no person is no speaker
    expect(quoteSpeaker('"It was loud," a tour of the southern states reported.', 'It was loud')).toBeNull();
  });

  it('open their clause before an appositive, and the next "he said" is theirs', () => {
    const text =
      'Farah Nouri, 31, said the questions were quick. Another patient, a man in his seventies who did not want to be named, ' +
      'said he had given up on the tablet.\n\n“I don’t mind the computer,” he said.';
    expect(quoteSpeaker(text, 'I don’t mind the computer')).toBe('patient');
  });
});

describe('social networks', () => {
  it('are not what "the group" stands for, though a post was made on them', () => {
    const text =
      'The WeWorkers Coalition, a group of current and former employees, raised the alarm. The group said on Twitter that the contract confused staff.\n\n' +
      'In a separate tweet, the group added that the firm “is not following through on its promise to staff”.';
    // (as in the extension, the knowledge base knows Twitter as an organisation)
    const withTwitter = spotterWithOrg('twitter', 'Twitter');
    const claim = findClaims(text, withTwitter.find(text)).find((c) => c.kind === 'quote' && c.text.includes('is not following through'));
    expect(claim?.speaker?.name).toBe('WeWorkers Coalition');
  });
});

describe('a speaker reporting what another said', () => {
  it('keeps the sentence, and a heading in capitals is no organisation for "the union"', () => {
    const text =
      'Pilots at Northwind will strike.\n\nKEY POINTS\n• Strikes called for 12 and 13 December\n• Union wants 14% over two years\n\n' +
      '"We have run out of road," said Captain Rhodri Lewis-Mbeki, who chairs the union’s company council.\n\n' +
      'He said the union had asked for a rise of 14 per cent over two years, which he described as "a catch-up, not a windfall".';
    expect(quoteSpeaker(text, 'a catch-up, not a windfall')).toBe('Rhodri Lewis-Mbeki');
    const sentence = findClaims(text, spotter.find(text)).find((c) => c.kind !== 'quote' && c.text.startsWith('He said the union'));
    expect(sentence?.speaker?.name).toBe('Rhodri Lewis-Mbeki');
  });
});

describe('letters after a name', () => {
  it('are no part of it: "Helen Okonkwo KC" is a person whom "she said" stands for', () => {
    const text =
      'Connor Whitlow, 34, denies murder.\n\nOpening the case, Helen Okonkwo KC told the jury the men had argued for months.\n\n' +
      '"This was not a sudden ambush," she said.';
    expect(quoteSpeaker(text, 'This was not a sudden ambush')).toBe('Helen Okonkwo');
  });
});

describe('an organisation with a spokesperson', () => {
  it('is what "the company" stands for wherever it is named', () => {
    const text =
      'On Tuesday, Corvanta held a launch event for Relay, an AI agent it says can "take on the busywork of an entire team."\n\n' +
      'A Corvanta spokesperson declined to comment. Employees said they were told on Thursday.\n\n' +
      '"We are continuing to hire in research," the company said.';
    expect(quoteSpeaker(text, 'We are continuing to hire')).toBe('Corvanta');
  });
});

describe('someone described by where they come from', () => {
  it('is a person, and the place is not, though "who" follows it', () => {
    const text =
      'The consultation has drawn 14,000 responses.\n\nThat worries people like Ishbel Marwick, a crofter from Kinlochewe, who was at the meeting.\n\n' +
      '“It feels like the whole country gets a vote on our back garden,” she said afterwards.';
    expect(quoteSpeaker(text, 'It feels like the whole country')).toBe('Ishbel Marwick');
    const at = text.indexOf('Kinlochewe');
    expect(hasPersonEvidence(text, at, at + 'Kinlochewe'.length)).toBe(false);
  });
});

describe('roles in a courtroom or an inquiry', () => {
  it('stand for the one the text gave them to: chair, officer, barrister', () => {
    const inquiry =
      'Det Supt Grace Adeyemi-Holt said 9,500 people were in the area.\n\n' +
      'The inquiry chair, retired judge Sir Anthony Mwangi-Clarke, asked whether the council knew.\n\n' +
      '“We are not here to decide anyone’s liability,” the chair said.';
    expect(quoteSpeaker(inquiry, 'We are not here')).toBe('Anthony Mwangi-Clarke');
    const trial =
      'Under cross-examination by Simon Delacourt KC, for the defence, the witness agreed.\n\n' +
      'Detective Sergeant Marcus Ellery told the court the jacket was found in a bin.\n\n' +
      '"Very difficult, or impossible?" the barrister asked.\n\n"In those conditions, unlikely," the officer replied.';
    expect(quoteSpeaker(trial, 'Very difficult')).toBe('Simon Delacourt');
    expect(quoteSpeaker(trial, 'In those conditions')).toBe('Marcus Ellery');
  });
});

describe('"the company"', () => {
  it('is no court or other public body named after the company', () => {
    const text =
      'The Commission fined Vantora. A Vantora spokesperson said it would appeal.\n\n' +
      'In a statement, Vantora said it intends to appeal to the General Court in Luxembourg.\n\n' +
      '“Our search results are designed to show customers what they want,” the company said.';
    expect(quoteSpeaker(text, 'Our search results')).toBe('Vantora');
  });
});

describe('people of round 28 (tuned on after its first run)', () => {
  it('an occupation inside a capitalised title before a name is no part of the name', () => {
    const text = 'City Auditor Rebecca Hollins-Moore presented the audit on Monday.\n\n"I want to be careful here," she said.';
    expect(quoteSpeaker(text, 'I want to be careful')).toBe('Rebecca Hollins-Moore');
  });

  it('a name followed by a verb and "her" or "his" is a person', () => {
    const text =
      'FRANKFURT — Meron Tolossa had been told to be patient.\n\nBy 30km only Tolossa and Kenya’s Winnie Jerotich remained. ' +
      'Tolossa made her move after the drinks station.\n\nAsked about the debate, Tolossa shrugged. “Everybody wears the same shoes,” she said.';
    expect(quoteSpeaker(text, 'Everybody wears the same shoes')).toBe('Meron Tolossa');
    const at = text.indexOf('Tolossa made');
    expect(hasPersonEvidence(text, at, at + 'Tolossa'.length)).toBe(true);
  });

  it('a second person of a surname, named in full after a possessive relation, is not the first', () => {
    const text =
      'Prosecutors dropped all charges against Darnell Whitfield.\n\n' +
      '"My son did nothing wrong, and there was no way to show it," said his mother, Celeste Whitfield.';
    expect(quoteSpeaker(text, 'My son did nothing wrong')).toBe('Celeste Whitfield');
    // a short first name opening the full one is the same person
    const same = 'Patrick W. Carlineo was arrested.\n\n"He is passionate," said his lawyer. "Pat Carlineo regrets it," the lawyer added.';
    const refs = findReferents(same, spotter.find(same)).filter((r) => r.name.endsWith('Carlineo'));
    expect(new Set(refs.map((r) => r.key)).size).toBe(1);
  });
});

describe('the subject of the sentence before a pronoun', () => {
  it('counts though a quotation opens the pronoun’s sentence', () => {
    const text =
      'Dr Aissatou Bangoura said the ward was full. Bangoura said most cases were children. "Come to the hospital early," Bangoura said.\n\n' +
      'On a bench outside the ward, Hadja Camara, 31, was waiting for news of her son.\n\n' +
      '"I thought it was malaria, like always," she said.';
    expect(quoteSpeaker(text, 'I thought it was malaria')).toBe('Hadja Camara');
  });

  it('is the name set after an owner’s role, not the owner', () => {
    const text =
      'Harrowgate pulled out of the signing of defender Luca Brenner, who said nothing.\n\n' +
      'Brenner’s agent, Dariusz Wojcik, has hit back.\n\n"Harrowgate knew the terms on Monday," he told us.';
    expect(quoteSpeaker(text, 'Harrowgate knew the terms')).toBe('Dariusz Wojcik');
  });
});

describe('a spokesperson for a body named before', () => {
  it('is who "she said" stands for next, not a person named earlier', () => {
    const text =
      'Residents’ group chair Gráinne Fitzsimons said the village was not consulted. Fitzsimons said turnout at meetings was high.\n\n' +
      'The regulator, the Commission for Regulation of Utilities, published rules last year.\n\n' +
      'A spokeswoman for the commission said it did not comment on planning applications. "Any new large energy user must meet the conditions," she said.';
    expect(quoteSpeaker(text, 'Any new large energy user')).toBe('Commission for Regulation of Utilities');
  });
});

describe('unnamed speakers of round 29 (tuned on after its first run)', () => {
  it('are read past a relative clause and a thing named in their phrase, and the next "she said" is theirs', () => {
    const text =
      'Megan Halloran, a union organiser, said wards were short. A younger nurse in an emergency department on the Gold Coast, ' +
      'who asked not to be named, said many colleagues were looking abroad.\n\n"Half my graduating class is in Sydney or London," she said.';
    expect(quoteSpeaker(text, 'Half my graduating class')).toBe('younger nurse in an emergency department');
  });

  it('"Another, a middle school science teacher, said" is the teacher', () => {
    const text = 'One English teacher said students cried. Another, a middle school science teacher, said he believed most students handled drills "better than adults give them credit for."';
    expect(quoteSpeaker(text, 'better than adults')).toBe('middle school science teacher');
  });
});

describe('a nickname in quotation marks inside a name', () => {
  it('is left out, and the first name and surname are one person', () => {
    const text =
      'Nightfall\'s captain, Mateus "Kairo" Albuquerque, said the team had considered changes.\n\n' +
      '"We were getting destroyed, honestly," Albuquerque said.';
    expect(quoteSpeaker(text, 'We were getting destroyed')).toBe('Mateus Albuquerque');
    expect(findReferents(text, spotter.find(text)).map((r) => r.name)).toContain('Mateus Albuquerque');
  });
});

describe('an aside closed by a parenthesis before the verb', () => {
  it('still leaves the name before it speaking', () => {
    const text =
      'Standing outside the hall, Sabine Okonkwo-Reiter, who chairs the citizens’ initiative Ruhige Nächte (Quiet Nights), ' +
      'called the vote “a betrayal of every family under the flight path”.';
    expect(quoteSpeaker(text, 'a betrayal of every family')).toBe('Sabine Okonkwo-Reiter');
  });
});

describe('"what it called"', () => {
  it('quotes the words used, not a name given to something', () => {
    const text = 'The audit office published its report on Monday. The report also criticised what it called “an optimistic culture” at the company.';
    expect(findClaims(text, spotter.find(text)).some((c) => c.kind === 'quote' && c.text === '“an optimistic culture”')).toBe(true);
    // a name given to something stays no quotation
    const named = 'The storm, called “Big Freeze” by forecasters, arrived on Monday.';
    expect(findClaims(named, spotter.find(named)).some((c) => c.kind === 'quote')).toBe(false);
  });
});

describe('a quotation after an organisation spoke in its paragraph', () => {
  it('is that organisation’s, not the one its sentence names after it', () => {
    const text =
      'Natural England said in a statement that it had written to the Curlew Recovery Trust about the plan. ' +
      '“We are working with farmers to restore wet grassland,” the agency said.';
    // (as in the extension, the knowledge base knows Natural England as an organisation)
    const withNE = spotterWithOrg('natural-england', 'Natural England');
    const claim = findClaims(text, withNE.find(text)).find((c) => c.kind === 'quote' && c.text.includes('We are working with farmers'));
    expect(claim?.speaker?.name).toBe('Natural England');
  });
});

describe('a body named in apposition to its noun', () => {
  it('is what "the union" stands for later', () => {
    const text =
      'The orchestra’s union, the Deutscher Orchesterbund, rejected that argument.\n\n' +
      '“The management has known for months that this dispute was coming,” the union said.';
    expect(quoteSpeaker(text, 'The management has known')).toBe('Deutscher Orchesterbund');
  });
});

describe('a body’s name with "of the" inside', () => {
  it('speaks as a whole, not as the role at its end', () => {
    const text =
      'Kristjan Vahtra, the prime minister, said talks had failed.\n\n' +
      'In a short statement, the Office of the President said it “regrets that the talks have not produced an agreement”.';
    expect(quoteSpeaker(text, 'regrets that the talks')).toBe('Office of the President');
  });
});

describe('a name after a place and a noun in lower case', () => {
  it('is the capitalised run that ends the phrase', () => {
    const text = 'Talks went on for weeks. The Lisbon carrier Vistral Airways said it was “in advanced discussions” with a rival.';
    expect(quoteSpeaker(text, 'in advanced discussions')).toBe('Vistral Airways');
  });
});
