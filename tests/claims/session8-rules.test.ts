/**
 * Rules of session 8: what the text's own pronouns tell of a person's gender (resolve.ts pronounGender), and a
 * pronoun's reading no longer overriding the gender a name or title gives. Every sentence here is invented for the
 * test; the given names are ones the name lists lack, so only the text can tell their gender.
 */
import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../lib/claims/given-names';
import { quoteSpeaker } from './helpers';


describe('the pronoun a sentence uses of the person who opens it', () => {
  const lists = ['Oruna', 'Baziro', 'Ziyanda', 'Corvin'].map(givenNameGender);
  it('is needed here: the name lists tell none of these names', () => {
    expect(lists).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('tells their gender, so "she" skips a man named since', () => {
    const text =
      'Oruna Velde chaired the budget meeting on Tuesday. Velde said her department could not survive another cut.\n\n' +
      'Baziro Tandu, the finance chief, said his team had already found savings of 4%.\n\n' +
      '“We cannot keep cutting the same services,” she said.';
    expect(quoteSpeaker(text, 'We cannot keep cutting')).toBe('Oruna Velde');
  });

  it('and "he" skips a woman named since', () => {
    const text =
      'Corvin Asante runs the ferry company. Asante said his boats were older than the harbour wall.\n\n' +
      'Ziyanda Mbeki-Hart, who chairs the harbour board, came to the meeting with her deputy. “We were promised an answer by summer,” Mbeki-Hart said.\n\n' +
      '“Nobody has given us a date,” he said.';
    expect(quoteSpeaker(text, 'Nobody has given us')).toBe('Corvin Asante');
  });

  // (the two below pin where the text tells nothing: they held before the rule too)
  it('is read only of a name that opens its sentence: "His lawyer, X, said he …" is the client', () => {
    const text =
      'Corvin Asante was sentenced to four years. His lawyer, Ziyanda Mbeki-Hart, said he had been used by older men.\n\n' +
      'Mbeki-Hart told the court she would appeal.\n\n' +
      '“He was nineteen and frightened,” she said.';
    expect(quoteSpeaker(text, 'He was nineteen')).toBe('Ziyanda Mbeki-Hart');
  });

  it('stops at another pronoun: "X accused him … and said his plan" tells nothing of X', () => {
    const text =
      'Baziro Tandu faced his rival in a televised debate. Ziyanda Okafor accused him of inventing figures and said his plan would cost €3 billion.\n\n' +
      '“I will not sign a blank cheque,” she said.\n\n' +
      'Tandu did not answer directly.\n\n' +
      '“The numbers are all in the manifesto,” he said.';
    expect(quoteSpeaker(text, 'I will not sign')).toBe('Ziyanda Okafor');
    expect(quoteSpeaker(text, 'The numbers are all')).toBe('Baziro Tandu');
  });
});

describe('a pronoun read for the only person in reach', () => {
  it('does not change the gender their given name gives', () => {
    // "she" has no one to go to but Robert Hale, read as its speaker for want of any other; "he" later must still
    // mean him, the subject of the sentence before, not a man the text tells nothing of
    const text =
      'Robert Hale opened the hearing.\n\n' +
      '“This inquiry will be short,” she said.\n\n' +
      'Hale then called Baziro Tandu, a harbour pilot, who gave evidence for an hour.\n\n' +
      '“We will sit again at ten,” he said.';
    expect(quoteSpeaker(text, 'This inquiry will be short')).toBe('Robert Hale');
    expect(quoteSpeaker(text, 'We will sit again')).toBe('Robert Hale');
  });
});

describe('nouns for people the lists lacked', () => {
  it('make someone the text does not name a speaker: "Another parent, who declined to give his name, said …"', () => {
    const text =
      'Parents gathered at the gates on Thursday. Nadia Ferreira, whose daughter is in year two, said the letter came too late.\n\n' +
      'Another parent, who declined to give his name, said his son had been sent home twice. “Nobody called us first,” he said.';
    expect(quoteSpeaker(text, 'Nobody called us first')).toMatch(/parent/);
  });

  it('stand among an appositive’s first words: one far into a clause after a name does not make it a person', () => {
    const text =
      'Ilse Varga-Moreau, the festival’s director since 2021, said the programme was built for newcomers. Alongside Brahms and Dvorak, the festival includes a new cello piece commissioned from a young local composer.\n\n' +
      '“A festival that only plays to its subscribers is a museum,” he said.';
    expect(quoteSpeaker(text, 'A festival that only plays')).toBe('Ilse Varga-Moreau');
  });
});

describe('an occupation in lower case right before a name', () => {
  it('makes the name a person’s, whom "she" can then mean', () => {
    const text =
      'Its 2019 staging, a first play by the Leeds dramatist Ifeoma Quarshie-Brandt, toured for a year. Rosalind Pike, the theatre’s director, praised it.\n\n' +
      'Quarshie-Brandt, one of the signatories, said the studio had made her career. “Nobody else would have taken the risk,” she said.';
    expect(quoteSpeaker(text, 'Nobody else would have')).toBe('Ifeoma Quarshie-Brandt');
  });
});

describe('a person named inside a relative clause before the verb', () => {
  it('is not the speaker: the one the clause describes is', () => {
    const text =
      'The Harbour Kitchen closed on Sunday, its owner Ottavio Brenner said. Not everyone was surprised.\n\n' +
      'A Leeds caterer, who asked not to be named because he had worked with Brenner for years, said the menu had “stopped moving a long time ago”.';
    expect(quoteSpeaker(text, 'stopped moving a long time ago')).toMatch(/caterer/);
  });
});

describe('a ministry, a government or an agency described in lower case', () => {
  it('is no business named before it', () => {
    const text =
      'Brevik Bank economist Ola Berg said the cut had been priced in for weeks. ' +
      'The finance ministry declined to comment, saying in a brief statement that interest rates “are for the central bank to decide”.';
    expect(quoteSpeaker(text, 'are for the central bank')).toMatch(/ministry$/);
  });
});

describe('a person named after "and that" in what someone said', () => {
  it('is part of what was said, not the one saying it', () => {
    const text =
      'Marco Brenner told his staff on Monday that the restaurant would close. ' +
      'Another employee said the redundancy terms were better than the legal minimum and that Brenner had told the team in person. “He cried,” she said.';
    expect(quoteSpeaker(text, 'He cried')).toMatch(/employee/);
  });
});

describe('a quotation that opens its sentence with nothing to attribute it', () => {
  it('goes to the one person the sentence before it in the paragraph is about', () => {
    const text = 'Marta Quist opened the meeting at seven.\n\nQuist laughed. “We are not going to close the school.”';
    expect(quoteSpeaker(text, 'We are not going to close')).toBe('Marta Quist');
  });

  it('or to whom that sentence’s "he" stands for', () => {
    const text =
      'Coach Davide Lombardi was delighted. “They played like men who believed it,” Lombardi said.\n\n' +
      'Asked about the red card, he shrugged. “From where I stand, it is a yellow card.”';
    expect(quoteSpeaker(text, 'From where I stand')).toBe('Davide Lombardi');
  });

  it('but not when that sentence names two people', () => {
    const text = 'Marta Quist and Peter Brandt left the hall together. “We are not going to close the school.”';
    expect(quoteSpeaker(text, 'We are not going to close')).toBeNull();
  });
});

describe('"one" or "another" opening the speaker after the verb', () => {
  it('reads as an article does: "…,” said one European official', () => {
    for (const who of ['one European official', 'one resident', 'another senior diplomat']) {
      const text = `“Nobody is willing to pay for it,” said ${who}, who asked not to be named.`;
      expect(quoteSpeaker(text, 'Nobody is willing')).toBe(who);
    }
  });
});

describe('a person noun in the plural after "one of the"', () => {
  it('makes the name before it a person’s: "X, one of the riders who escaped injury, …"', () => {
    const text =
      'A police spokesperson said officers were “still establishing what happened”.\n\n' +
      'Tadeusz Wrobel-Ayala, one of the riders who escaped injury, wrote about the crash on social media. “One second we were talking about lunch, the next there were bikes all over the road,” he wrote.';
    expect(quoteSpeaker(text, 'One second we were talking')).toBe('Tadeusz Wrobel-Ayala');
  });
});

describe('a body described by its kind in lower case', () => {
  it('is no body named before it whose name says it is of another kind', () => {
    const text =
      'The catch should fall by a fifth, the International Council for the Exploration of the Sea advised in September.\n\n' +
      'Norway’s fisheries ministry said in a statement that it regretted the outcome. The ministry said it would set a national quota “based on responsible principles” before the end of the year.';
    expect(quoteSpeaker(text, 'based on responsible principles')).toMatch(/ministry$/i);
  });

  it('but "the company" may be any body’s: a ballet company is one', () => {
    const text = 'Meridian Ballet cancelled its tour of Asia on Monday. In a statement, the company said the decision was “painful but unavoidable”.';
    expect(quoteSpeaker(text, 'painful but unavoidable')).toBe('Meridian Ballet');
  });
});

describe('a museum, a festival or a municipality', () => {
  it('speaks as a body: "the museum wrote" is the museum the text named', () => {
    const text = 'The Harbourside Museum was badly damaged.\n\nIn a post on its official account, the museum wrote: “Thank you to the fire crews.”';
    expect(quoteSpeaker(text, 'Thank you to the fire crews')).toBe('Harbourside Museum');
  });

  it('and a spokesperson for one speaks for it', () => {
    const text = 'City officials were disappointed. A spokesperson for the municipality said the grant “remains on the table” for next year.';
    expect(quoteSpeaker(text, 'remains on the table')).toBe('the municipality');
  });
});

describe('"Statement" with a capital', () => {
  it('is a statement too: "the statement said" after it is its maker’s', () => {
    const text =
      'The appeal was lodged on Monday. The Harbour Trust said it would contest the ruling.\n\n' +
      'Statement in hand, Harlow Rovers said the club would appeal as well.\n\n' +
      '“We will fight this to the end,” the statement said.';
    expect(quoteSpeaker(text, 'We will fight this')).toBe('Harlow Rovers');
  });
});

describe('a ministry described in lower case with a modifier', () => {
  it('is no body the knowledge base lacks whose name tells no public body', () => {
    const text =
      'Farmers’ group Pluimvee Belang called the cull “a catastrophe for the sector”.\n\n' +
      'The Netherlands began a pilot vaccination programme last year, and the agriculture ministry has said it hopes to expand it to more farms “in the course of 2027”.';
    expect(quoteSpeaker(text, 'in the course of 2027')).toMatch(/agriculture ministry$/);
  });

  it('but may be one whose name tells a public body: "the agency" after "Kenya Wildlife Service"', () => {
    const text = 'The Kenya Wildlife Service seized the shipment on Monday. In a post on X, the agency said the haul was “the largest this decade”.';
    expect(quoteSpeaker(text, 'the largest this decade')).toBe('Kenya Wildlife Service');
  });
});

describe('a name set after "the operator," or "the company,"', () => {
  it('is an organisation’s, which "the company" then stands for', () => {
    const text =
      'Drivers accepted the offer on Friday. The operator, Westmoor Coaches, had made three earlier offers since spring.\n\n' +
      'In a short statement, the company said it was “pleased that common sense has prevailed”.';
    expect(quoteSpeaker(text, 'pleased that common sense')).toBe('Westmoor Coaches');
  });
});

describe('a school district', () => {
  it('speaks as a body: "the district said" is the district the text named', () => {
    const text = 'The North Valley school district posted on Facebook late on Tuesday. "All schools will be closed on Wednesday," the district said.';
    expect(quoteSpeaker(text, 'All schools will be closed')).toMatch(/district$/);
  });
});

describe('an appositive with a person’s noun before an organisation’s', () => {
  it('describes a person: "X, a researcher at the group," is no organisation', () => {
    const text =
      'Repayments ranged from a few hundred dollars to more than A$40,000, according to the transparency group OpenLedger.\n\n' +
      '“The pattern is always the same,” said Dr Farhan Iqbal, a researcher at the group.\n\n' +
      'He said the rules were “too vague to enforce” and should be rewritten.';
    expect(quoteSpeaker(text, 'too vague to enforce')).toBe('Farhan Iqbal');
  });
});

describe('someone the text describes without a name', () => {
  it('is no group "the statement said" could stand for; a wildlife park that made one is', () => {
    const text =
      'A red panda that escaped was found after a search involving what one volunteer called “half the village”.\n\n' +
      'The panda had gone missing from Hollinsworth Wildlife Park on Sunday. The park said in a statement that he had slipped through damaged netting.\n\n' +
      '“Red pandas are extraordinary climbers,” the statement said.';
    expect(quoteSpeaker(text, 'Red pandas are extraordinary')).toBe('Hollinsworth Wildlife Park');
  });
});
