/** Runs the third table of French news constructions through the whole pipeline (entities included). */
import { describeTable } from './test-utils.js';
import { GAPS, TABLE } from './constructions-3.table.js';

describeTable('attribution constructions of French news (third table)', TABLE, GAPS);
