// The recognizer's passes, in the order they run (see ../README.md for why this order). Each
// pass claims only tokens no earlier pass claimed, so a pass earlier in the list wins.

import type { ClaimState } from './claims';
import { acronyms } from './acronyms';
import { ageTeams } from './ageTeams';
import { byline } from './byline';
import { capitalisedRuns } from './capitalisedRuns';
import { datelines } from './datelines';
import { heads } from './heads';
import { nameShape } from './nameShape';
import { nestedPlaces } from './nestedPlaces';
import { oneSense } from './oneSense';
import { registryNames } from './registryNames';
import { shortForms } from './shortForms';
import { titledPeople } from './titledPeople';
import { titles } from './titles';

export type Pass = (st: ClaimState) => void;

export const PASSES: readonly Pass[] = [
  titles, // mark titles and honorifics (claims nothing)
  registryNames, // registry names and ICU country names
  datelines, // `HÀ NỘI -`
  heads, // organisations and places grown from head nouns
  ageTeams, // `U23 Việt Nam`
  titledPeople, // people after a title, through its slot
  nameShape, // family name + given names
  shortForms, // `Lavrov`, `ông Trung`
  oneSense, // a surface typed elsewhere in the article
  acronyms, // lone acronyms and company words
  capitalisedRuns, // other capitalised runs, typed by shape
  shortForms, // again: the surnames of the full names the guessing passes found (`Senamuang`)
  byline, // the author's line
  nestedPlaces, // places inside registry organisation names
];

export { acronyms, ageTeams, byline, capitalisedRuns, datelines, heads, nameShape, nestedPlaces, oneSense, registryNames, shortForms, titledPeople, titles };
