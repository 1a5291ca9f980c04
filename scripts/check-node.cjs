// Refuses to run on a Node older than 22: better-sqlite3 13 crashes on Node 20.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major !== 22 || minor < 12) {
  console.error(
    `KBZ Werkplek needs Node.js 22 LTS (22.12 or newer); this is Node ${process.versions.node}. ` +
      'Install Node 22 (https://nodejs.org) and run the command again.'
  );
  process.exit(1);
}
