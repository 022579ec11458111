/** Golden Readability pages, odd-numbered half (see golden.ts). */
import { defineGoldenShard } from './golden';

defineGoldenShard(1, 2);
