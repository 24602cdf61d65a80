/** Runs the fifth table of French news constructions through the whole pipeline (entities included). */
import { describeTable } from './test-utils.js';
import { GAPS, TABLE } from './constructions-5.table.js';

describeTable('attribution constructions of French news (fifth table)', TABLE, GAPS);
