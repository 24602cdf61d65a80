/** Runs the table of news attribution constructions through the whole pipeline (entities included). */
import { describeTable } from './test-utils.js';
import { GAPS, TABLE } from './news-constructions.table.js';

describeTable('attribution constructions of French news', TABLE, GAPS);
