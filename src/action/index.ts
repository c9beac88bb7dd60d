// The GitHub Action's entry (bundled to dist/action.js): everything, failures included, is handled in run().
import { run } from './main.js';

void run();
