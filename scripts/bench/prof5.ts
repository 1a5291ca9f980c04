import { benchOverview, printOverview } from './overview';
import { seededStore, type Encryption } from './seed-store';
const enc = (process.env.ENC ?? 'plain') as Encryption;
const big = seededStore(100000, enc);
printOverview(benchOverview(big.env, 50), enc);
