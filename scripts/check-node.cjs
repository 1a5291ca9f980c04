// Refuses to run on a Node older than 22: better-sqlite3 13 crashes on Node 20.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `KBZ Werkplek needs Node.js 22 LTS; this is Node ${process.versions.node}. ` +
      'Install Node 22 (https://nodejs.org) and run the command again.'
  );
  process.exit(1);
}
