/** Golden Readability pages, even-numbered half (see golden.ts). */
import { defineGoldenShard } from './golden';

defineGoldenShard(0, 2);
