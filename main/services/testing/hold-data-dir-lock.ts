// Test helper run as its own process: holds the lock on the data folder given as argument until killed.
import { lockDataDir } from '../data-dir-lock';

lockDataDir(process.argv[2]!);
console.log('locked');
setInterval(() => {}, 60_000);
