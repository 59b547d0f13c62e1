// The rules for what scraping leaves in an article, in the order they run.
import type { Rule } from '../rule';
import { scrapeImageSlug } from './imageSlug';
import { scrapeCaption } from './caption';
import { scrapeDuplicateLine } from './duplicateLine';
import { scrapeTrailer } from './trailer';

export { scrapeImageSlug, scrapeCaption, scrapeDuplicateLine, scrapeTrailer };
export const scrapeRules: Rule[] = [scrapeImageSlug, scrapeCaption, scrapeDuplicateLine, scrapeTrailer];
