/** Runs the fourth table of French news constructions through the whole pipeline (entities included). */
import { describeTable } from './test-utils.js';
import { GAPS, TABLE } from './constructions-4.table.js';

describeTable('attribution constructions of French news (fourth table)', TABLE, GAPS);
